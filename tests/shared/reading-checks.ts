// The reading assertions both browsers make on the demo page and the corpus (tests/e2e/reading.test.ts,
// tests/firefox/reading.test.ts), against the shared oracle. Each browser adds its own checks after them.
import { expect } from 'vitest';
import type { AnnotationsResponse } from '../../lib/messages.ts';
import { highlightTexts, type Evaluates } from './in-page.ts';
import { countsOf, expectedCounts, rangesOutsideOpEd, REQUIRED } from './reading-oracle.ts';

/** Every id the op-ed must always show is among the annotations. */
function expectRequired(res: AnnotationsResponse): void {
  const ids = new Set(res.annotations.map((a) => a.entryId));
  for (const id of REQUIRED) expect(ids, `missing ${id}`).toContain(id);
}

/** The demo page: op-ed recognised, every visible term highlighted once, and only there. */
export async function expectDemoReading(page: Evaluates, res: AnnotationsResponse): Promise<void> {
  expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
  expectRequired(res);
  const expected = await expectedCounts(page);
  // Guard the oracle itself: the op-ed names well over ten dataset entries.
  expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
  expect(countsOf(res)).toEqual(expected);
  // Painted with the CSS Custom Highlight API, one range per reported occurrence.
  const texts = await highlightTexts(page);
  expect(Object.values(texts).flat().length).toBe(res.annotations.length);
  expect(await rangesOutsideOpEd(page)).toEqual([]);
  // Every reported text is the exact highlighted page text.
  expect(Object.values(texts).flat().sort()).toEqual(res.annotations.map((a) => a.text).sort());
}

/** What the oracle makes of an annotated corpus page: term counts in the op-ed it shows, stray highlights. */
export async function oracleOf(page: Evaluates): Promise<{ expected: Record<string, number>; outside: string[] }> {
  return { expected: await expectedCounts(page), outside: await rangesOutsideOpEd(page) };
}

/** A corpus page with the recognised op-ed: every visible term highlighted once, nothing outside it. */
export function expectOpEdReading(res: AnnotationsResponse, seen: { expected: Record<string, number>; outside: string[] }): void {
  expectRequired(res);
  // Every dataset term the reader can see in the op-ed is highlighted, each occurrence once.
  expect(countsOf(res)).toEqual(seen.expected);
  expect(seen.outside).toEqual([]);
}

/** A corpus page without the op-ed: no annotations, no recognised article, nothing painted. */
export async function expectNoReading(page: Evaluates, res: AnnotationsResponse): Promise<void> {
  expect(res.annotations).toEqual([]);
  expect(res.article.opEdId).toBeNull();
  expect(await highlightTexts(page)).toEqual({});
}
