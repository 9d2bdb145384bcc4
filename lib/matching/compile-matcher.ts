import { normaliseText } from '../text/normalise-char';

/** One alias to look for, pointing back at its entry. */
export interface AliasSpec {
  alias: string;
  /** Index of the entry in the caller's entry list. */
  entry: number;
}

/**
 * A compiled Aho–Corasick automaton over normalised, lower-cased aliases, in flat arrays so it can
 * be built once and serialised. `caseForm[k]` is set for aliases that must match case-sensitively.
 */
export interface Matcher {
  /** Per state: transitions as [code, target] pairs packed in `edges` from `edgeStart[s]` to `edgeStart[s+1]`. */
  edgeStart: number[];
  edges: number[];
  fail: number[];
  /** Per state: the pattern ending here (-1 if none), and the next state on the output chain with a pattern. */
  out: number[];
  outLink: number[];
  /** Per pattern: entry index, length in code units and the case-kept form (empty when case-insensitive). */
  entry: number[];
  length: number[];
  caseForm: string[];
}

/** Every alias of every entry, pointing back at its entry's index: the input compileMatcher takes. */
export function aliasSpecs(entries: readonly { aliases: readonly string[] }[]): AliasSpec[] {
  return entries.flatMap((e, entry) => e.aliases.map((alias) => ({ alias, entry })));
}

/** An alias written entirely in capitals (e.g. "MEK", "IRGC") matches only in that case. */
export function isCaseSensitiveAlias(alias: string): boolean {
  return /[A-Z]/.test(alias) && alias === alias.toUpperCase();
}

/** Builds the automaton. Aliases are normalised exactly as page text is, so typography never matters. */
export function compileMatcher(specs: readonly AliasSpec[]): Matcher {
  const children: Map<number, number>[] = [new Map()];
  const out: number[] = [-1];
  const entry: number[] = [];
  const length: number[] = [];
  const caseForm: string[] = [];

  for (const spec of specs) {
    const folded = normaliseText(spec.alias);
    if (!folded) continue;
    let state = 0;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let next = children[state].get(code);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        out.push(-1);
        children[state].set(code, next);
      }
      state = next;
    }
    if (out[state] !== -1) continue; // duplicate alias: validation reports it; first one wins here
    out[state] = entry.length;
    entry.push(spec.entry);
    length.push(folded.length);
    caseForm.push(isCaseSensitiveAlias(spec.alias) ? normaliseText(spec.alias, true) : '');
  }

  // Breadth-first failure links, as in the textbook construction.
  const fail = new Array<number>(children.length).fill(0);
  const outLink = new Array<number>(children.length).fill(-1);
  const queue: number[] = [];
  for (const child of children[0].values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    for (const [code, child] of children[state]) {
      let f = fail[state];
      while (f !== 0 && !children[f].has(code)) f = fail[f];
      const target = children[f].get(code);
      fail[child] = target !== undefined && target !== child ? target : 0;
      outLink[child] = out[fail[child]] !== -1 ? fail[child] : outLink[fail[child]];
      queue.push(child);
    }
  }

  const edgeStart: number[] = [];
  const edges: number[] = [];
  for (const map of children) {
    edgeStart.push(edges.length);
    for (const [code, target] of map) edges.push(code, target);
  }
  edgeStart.push(edges.length);
  return { edgeStart, edges, fail, out, outLink, entry, length, caseForm };
}
