import { describe, expect, it } from 'vitest';
import { mayBeOutOfDate, STALE_AFTER_MONTHS } from '../../../lib/ui/freshness.ts';

describe('mayBeOutOfDate', () => {
  it('warns only when the entry is more than nine months older than the review', () => {
    expect(STALE_AFTER_MONTHS).toBe(9);
    expect(mayBeOutOfDate('2026-03-04', '2026-12-04')).toBe(false);
    expect(mayBeOutOfDate('2026-03-03', '2026-12-04')).toBe(true);
    expect(mayBeOutOfDate('2025-12-31', '2026-12-04')).toBe(true);
    expect(mayBeOutOfDate('2026-11-30', '2026-12-04')).toBe(false);
  });
  it('never warns on dates it cannot read', () => {
    expect(mayBeOutOfDate('soon', '2026-12-04')).toBe(false);
  });
});
