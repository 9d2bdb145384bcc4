import { SLICE_BUDGET_MS } from '../timings.ts';

/**
 * Long work is written as generators that `yield` every so often; these drivers run them either
 * to completion at once (tests, small pages) or in slices that give the main thread back between
 * them, so even a 5 MB page never causes a long task.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps to completion without pausing. */
export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Options for sliced running. */
export interface SliceOptions {
  /** Longest slice in milliseconds before giving the thread back. */
  budgetMs?: number;
  /** How to give the thread back (default: a macrotask via setTimeout 0). */
  pause?: () => Promise<void>;
  /** Checked between slices: true abandons the work (a newer run replaced it). */
  cancelled?: () => boolean;
  now?: () => number;
}

/** Runs the steps in slices of at most `budgetMs`; resolves to the result, or null if cancelled. */
export async function runSliced<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T | null> {
  const budget = options.budgetMs ?? SLICE_BUDGET_MS;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const now = options.now ?? (() => performance.now());
  for (;;) {
    const start = now();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (now() - start >= budget) break;
    }
    await pause();
    if (options.cancelled?.()) return null;
  }
}
