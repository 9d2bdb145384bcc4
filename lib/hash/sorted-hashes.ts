/**
 * Sets of 32-bit hashes as sorted typed arrays: built at build time, shipped as base64, and
 * searched in place on the page, so loading costs nothing however many hashes there are.
 */

/** FNV-1a, one UTF-16 unit at a time: the hash the matcher and the fingerprints both use. */
export const FNV_OFFSET = 0x811c9dc5;
/** FNV-1a's 32-bit multiplier. */
export const FNV_PRIME = 0x01000193;

/** Folds one code unit into an FNV-1a hash. */
export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** The first index whose key is ≥ `key` (keys sorted ascending as unsigned). */
export function lowerBound(keys: Uint32Array, key: number): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A read-only set of hashes; a sorted Uint32Array or a plain Set both fit. */
export interface HashSet {
  has(hash: number): boolean;
  readonly size: number;
}

/** A set view over sorted, distinct hashes. */
export function sortedHashSet(keys: Uint32Array): HashSet {
  return {
    has: (hash) => {
      const h = hash >>> 0;
      const i = lowerBound(keys, h);
      return i < keys.length && keys[i] === h;
    },
    size: keys.length,
  };
}

/** Sorted, distinct hashes of a set of numbers, ready for `sortedHashSet`. */
export function sortHashes(hashes: Iterable<number>): Uint32Array {
  return Uint32Array.from(new Set([...hashes].map((h) => h >>> 0))).sort();
}
