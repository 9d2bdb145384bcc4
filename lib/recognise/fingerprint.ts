/**
 * Text fingerprints for recognising a known article however it was syndicated: word 5-grams over
 * letters and digits only, so quotes, dashes, spacing and markup never matter, and one typo costs
 * only the five shingles around it.
 */

import { runSync, type Steps } from '../schedule/run-steps.ts';
import { wordRuns } from '../text/word-chars.ts';
import { FNV_OFFSET, fnvStep, type HashSet } from '../hash/sorted-hashes.ts';

const SHINGLE = 5;

/**
 * The shingle hashes of a text, in order: one pass over words of letters and digits, each
 * lower-cased and hashed once as it is read; a shingle's hash mixes its five word hashes in order.
 * The build's fingerprint and the page's check both read text through this one function, so they
 * can never disagree on what a word is.
 */
function* shingleHashes(text: string): Generator<number, void, void> {
  const ring = new Uint32Array(SHINGLE);
  let count = 0;
  for (const word of wordRuns(text)) {
    ring[count % SHINGLE] = hashWord(word.toLowerCase());
    count++;
    if (count < SHINGLE) continue;
    let h = FNV_OFFSET;
    for (let k = count - SHINGLE; k < count; k++) h = fnvStep(h, ring[k % SHINGLE]);
    yield h >>> 0;
  }
}

function hashWord(word: string): number {
  // FNV-1a: cheap, and collisions only ever add a stray hit.
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
  return h >>> 0;
}

/** The set of shingle hashes of a text. */
export function fingerprint(text: string): Set<number> {
  return new Set(shingleHashes(text));
}

/** How many distinct shingles of `text` belong to the known fingerprint. */
export function countSharedShingles(known: HashSet, text: string): number {
  const seen = new Set<number>();
  for (const h of shingleHashes(text)) if (known.has(h)) seen.add(h);
  return seen.size;
}

/**
 * Shared shingles needed to call a page the op-ed: about 35 words of its running text, so a teaser
 * with its first paragraph or two qualifies, while an article quoting a sentence of it does not.
 */
export const RECOGNITION_THRESHOLD = 30;

/** True when `text` carries enough of the known article's running text to be a copy or teaser of it. */
export function isCopyOf(known: HashSet, text: string): boolean {
  return runSync(isCopyOfSteps(known, text));
}

/** Shingles read between pauses when run in slices. */
const SHINGLES_PER_STEP = 4096;

/**
 * The same test as resumable steps, reading shingles as it goes and stopping as soon as the
 * threshold is reached: a copy is recognised from its opening, a 5 MB page is read in slices.
 */
export function* isCopyOfSteps(known: HashSet, text: string): Steps<boolean> {
  const needed = Math.min(RECOGNITION_THRESHOLD, Math.floor(known.size / 2));
  const seen = new Set<number>();
  let count = 0;
  for (const h of shingleHashes(text)) {
    if (known.has(h) && !seen.has(h)) {
      seen.add(h);
      if (seen.size >= needed) return true;
    }
    if (++count % SHINGLES_PER_STEP === 0) yield;
  }
  return false;
}
