import { describe, expect, it } from 'vitest';
import { runSliced, runSync, type Steps } from '../../../lib/schedule/run-steps.ts';

function* count(to: number): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= to; i++) {
    sum += i;
    yield;
  }
  return sum;
}

describe('step drivers', () => {
  it('runs to completion synchronously', () => {
    expect(runSync(count(100))).toBe(5050);
  });
  it('runs in slices of the budget, pausing between them', async () => {
    let clock = 0;
    let pauses = 0;
    const result = await runSliced(count(100), {
      budgetMs: 10,
      now: () => clock++, // every step costs one "millisecond"
      pause: async () => { pauses++; },
    });
    expect(result).toBe(5050);
    expect(pauses).toBeGreaterThanOrEqual(9);
  });
  it('stops when cancelled between slices', async () => {
    let clock = 0;
    const result = await runSliced(count(100), { budgetMs: 5, now: () => clock++, pause: async () => {}, cancelled: () => true });
    expect(result).toBeNull();
  });
});
