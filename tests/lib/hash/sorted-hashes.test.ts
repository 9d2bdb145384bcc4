import { describe, expect, it } from 'vitest';
import { lowerBound, sortedHashSet, sortHashes } from '../../../lib/hash/sorted-hashes.ts';

describe('sorted hashes', () => {
  it('sorts as unsigned and drops repeats', () => {
    expect([...sortHashes([5, -1, 5, 0x80000000, 3])]).toEqual([3, 5, 0x80000000, 0xffffffff]);
  });

  it('finds the first index not below a key', () => {
    const keys = Uint32Array.from([2, 4, 4, 9]);
    expect([0, 2, 3, 4, 5, 9, 10].map((k) => lowerBound(keys, k))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });

  it('answers membership like a Set, signed or unsigned', () => {
    const raw = Array.from({ length: 500 }, (_, i) => Math.imul(i + 1, 0x9e3779b1));
    const set = sortedHashSet(sortHashes(raw));
    const reference = new Set(raw.map((h) => h >>> 0));
    expect(set.size).toBe(reference.size);
    for (let probe = -300; probe < 300; probe++) {
      const h = Math.imul(probe, 0x9e3779b1);
      expect(set.has(h)).toBe(reference.has(h >>> 0));
    }
    expect(raw.every((h) => set.has(h))).toBe(true);
  });
});
