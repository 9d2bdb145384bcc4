import type { Matcher } from './compile-matcher.ts';
import { isWordCode, lowerCode } from '../text/normalise-char.ts';
import { runSync, type Steps } from '../schedule/run-steps.ts';
import { FNV_OFFSET, FNV_PRIME, fnvStep, lowerBound } from '../hash/sorted-hashes.ts';

/** A match in normalised text: [start, end) and the entry it belongs to. */
export interface TextMatch {
  start: number;
  end: number;
  entry: number;
  /** The alias that matched (its index in the matcher), or -1 for a claim pattern. */
  alias: number;
}

/** True when text[start, end) is alias `k`'s form: exactly for acronyms, ignoring case otherwise. */
function isForm(m: Matcher, k: number, text: string, start: number, end: number): boolean {
  const from = m.formStart[k];
  if (m.formStart[k + 1] - from !== end - start) return false;
  const exact = m.caseSensitive[k] === 1;
  for (let i = 0; i < end - start; i++) {
    const code = text.charCodeAt(start + i);
    if ((exact ? code : lowerCode(code)) !== m.forms.charCodeAt(from + i)) return false;
  }
  return true;
}

/**
 * Finds aliases in text normalised with case kept (see lib/text-map), in one linear pass.
 * Matches sit on word boundaries; overlapping candidates resolve leftmost-longest, like a reader would.
 */
export function findMatches(m: Matcher, text: string): TextMatch[] {
  return runSync(findMatchesSteps(m, text));
}

/** Characters scanned between pauses when run in slices. */
const CHARS_PER_STEP = 16_384;

/**
 * The same scan as resumable steps. At each word start it hashes word after word, looking each
 * prefix up by binary search, and reads on only while some alias goes on: almost every word costs
 * one hash and one lookup, whatever the size of the dataset.
 */
export function* findMatchesSteps(m: Matcher, text: string): Steps<TextMatch[]> {
  const found: TextMatch[] = [];
  const n = text.length;
  let pause = CHARS_PER_STEP;
  let i = 0;
  // This loop runs once per character of the article in code the engine never optimises, where a
  // function call costs more than the work inside it: ASCII, nearly all of the text, is classified
  // and folded inline (the same rules as isWordCode and lowerCode); other characters go through those.
  while (i < n) {
    if (i >= pause) {
      pause = i + CHARS_PER_STEP;
      yield;
    }
    const first = text.charCodeAt(i);
    if (first < 0x80 ? !isAsciiWord(first) : !isWordCode(first)) {
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    let pos = i;
    let firstWordEnd = -1;
    let bestEnd = -1;
    let bestEntry = -1;
    let bestAlias = -1;
    for (let words = 0; words < m.maxWords; words++) {
      for (; pos < n; pos++) {
        const code = text.charCodeAt(pos);
        if (code < 0x80) {
          if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a))) break;
          hash = Math.imul(hash ^ (code <= 0x5a && code >= 0x41 ? code + 32 : code), FNV_PRIME);
        } else {
          if (!isWordCode(code)) break;
          hash = Math.imul(hash ^ lowerCode(code), FNV_PRIME);
        }
      }
      if (firstWordEnd === -1) firstWordEnd = pos;
      const key = hash >>> 0;
      let more = false;
      for (let k = lowerBound(m.keys, key); k < m.keys.length && m.keys[k] === key; k++) {
        const link = m.links[k];
        if (link & 1) more = true;
        const alias = (link >>> 1) - 1;
        if (alias >= 0 && isForm(m, alias, text, start, pos)) {
          bestEnd = pos;
          bestEntry = m.entry[alias];
          bestAlias = alias;
        }
      }
      if (!more) break;
      for (; pos < n; pos++) {
        const code = text.charCodeAt(pos);
        if (code < 0x80 ? isAsciiWord(code) : isWordCode(code)) break;
        hash = fnvStep(hash, lowerCode(code));
      }
      if (pos === n) break;
    }
    if (bestEnd === -1) {
      i = firstWordEnd;
    } else {
      found.push({ start, end: bestEnd, entry: bestEntry, alias: bestAlias });
      i = bestEnd;
    }
  }
  return found;
}

/** isWordCode for ASCII, where the scan steps between words (once per word, so a call is fine). */
function isAsciiWord(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
}
