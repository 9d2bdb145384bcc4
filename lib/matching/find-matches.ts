import type { Matcher } from './compile-matcher';
import { isWordCode } from '../text/normalise-char';
import { runSync, type Steps } from '../schedule/run-steps';

/** A match in normalised text: [start, end) and the entry it belongs to. */
export interface TextMatch {
  start: number;
  end: number;
  entry: number;
}

function step(m: Matcher, state: number, code: number): number {
  for (;;) {
    const from = m.edgeStart[state];
    const to = m.edgeStart[state + 1];
    for (let i = from; i < to; i += 2) if (m.edges[i] === code) return m.edges[i + 1];
    if (state === 0) return 0;
    state = m.fail[state];
  }
}

/**
 * Finds aliases in text normalised with case kept (see collect-text), in one linear pass.
 * Matches sit on word boundaries; overlapping candidates resolve leftmost-longest, like a reader would.
 */
export function findMatches(m: Matcher, text: string): TextMatch[] {
  return runSync(findMatchesSteps(m, text));
}

/** Characters scanned between pauses when run in slices. */
const CHARS_PER_STEP = 16_384;

/** The same scan as resumable steps: the automaton's state simply carries over between slices. */
export function* findMatchesSteps(m: Matcher, text: string): Steps<TextMatch[]> {
  const found: TextMatch[] = [];
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    if (i % CHARS_PER_STEP === CHARS_PER_STEP - 1) yield;
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code += 32;
    else if (code >= 0xc0 && code <= 0xde && code !== 0xd7) code += 32;
    state = step(m, state, code);
    for (let s = m.out[state] !== -1 ? state : m.outLink[state]; s !== -1; s = m.outLink[s]) {
      const p = m.out[s];
      const end = i + 1;
      const start = end - m.length[p];
      if (start > 0 && isWordCode(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start))) continue;
      if (end < text.length && isWordCode(text.charCodeAt(end)) && isWordCode(text.charCodeAt(end - 1))) continue;
      if (m.caseForm[p] && text.slice(start, end) !== m.caseForm[p]) continue;
      found.push({ start, end, entry: m.entry[p] });
    }
  }
  return pickLeftmostLongest(found);
}

function pickLeftmostLongest(found: TextMatch[]): TextMatch[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextMatch[] = [];
  let lastEnd = 0;
  for (const match of found) {
    if (match.start < lastEnd) continue;
    kept.push(match);
    lastEnd = match.end;
  }
  return kept;
}
