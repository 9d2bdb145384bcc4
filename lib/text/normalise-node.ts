import { foldCodeKeepCase, isIgnorableCode, isSpaceCode } from './normalise-char.ts';

// The normalisation of normalise-char, as native regular expressions over a whole text node: this
// code runs once per page and is never optimised by the engine, so a loop in script over every
// character of the article cost more than the rest of the walk. Kept in step with normalise-char
// by a property test (tests/lib/text-map/text-map.test.ts).
/** Anything but printable ASCII and single spaces: most text nodes have none and are taken as they are. */
const IRREGULAR = /[^\x20-\x7e]| {2}/;
const IGNORABLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** A run of two or more spaces of any kind, or one space that is not U+0020 (isSpaceCode). */
const SPACE_RUNS = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u3000]{2,}|[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u3000]/g;
/** Curly quotes, primes and dashes: what foldCodeKeepCase changes besides spaces. */
const TYPOGRAPHY = /[\u2018-\u201f\u2032\u2033\u02bc\u00b4\u00ab\u00bb\u2010-\u2015\u2212]/g;
const foldOne = (c: string) => String.fromCharCode(foldCodeKeepCase(c.charCodeAt(0)));

/** One text node's text normalised: ignorables dropped, space runs as one U+0020, typography folded. */
export function normaliseNodeText(data: string): string {
  return IRREGULAR.test(data) ? data.replace(IGNORABLE, '').replace(SPACE_RUNS, ' ').replace(TYPOGRAPHY, foldOne) : data;
}

/** Where the previous normalised character came from: nothing yet, a space, a block separator, any other character. */
export type Last = 0 | 1 | 2 | 3;
/** The text so far: empty, ending in a space, a block separator, or any other character. */
export const START: Last = 0;
export const SPACE: Last = 1;
export const BLOCK: Last = 2;
export const WORD: Last = 3;

/**
 * Offsets inside `data` of each normalised character it yields, when the text before it ended in
 * state `last`: the character-by-character form of the regular expressions above. Only run for the
 * few nodes that hold a match and whose text changed length when normalised.
 */
export function offsetsOf(data: string, last: Last): Int32Array {
  const out = new Int32Array(data.length);
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (last !== WORD) continue;
      last = SPACE;
    } else if (isIgnorableCode(code)) {
      continue;
    } else {
      last = WORD;
    }
    out[n++] = i;
  }
  return out.subarray(0, n);
}

