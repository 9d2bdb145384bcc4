// Reading: the op-ed is highlighted on the demo page and on real news templates; pages without it
// get nothing; nothing outside the article is ever highlighted.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages, countsOf, expectedCounts, rangesOutsideOpEd, REQUIRED } from '../shared/reading-oracle';

const { opEdPages, sourcePages } = corpusPages();
import { annotations, highlightTexts, openPage, ROOT, startHarness, type Harness } from './harness';


/** One row of the corpus table the README shows (written to test-results/corpus.json). */
interface Row {
  page: string;
  hasOped: boolean;
  recognised: boolean;
  expected: number;
  highlighted: number;
  outside: number;
}
const rows: Row[] = [];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  writeFileSync(path.join(ROOT, 'test-results/corpus.json'), `${JSON.stringify(rows, null, 1)}\n`);
});





describe('reading the op-ed', () => {
  it('highlights the required organisations, event and figure on the demo page, in the article only', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
    const ids = new Set(res.annotations.map((a) => a.entryId));
    for (const id of REQUIRED) expect(ids, `missing ${id}`).toContain(id);
    const expected = await expectedCounts(page);
    // Guard the oracle itself: the op-ed names well over ten dataset entries.
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
    expect(countsOf(res)).toEqual(expected);
    const texts = await highlightTexts(page);
    expect(Object.values(texts).flat().length).toBe(res.annotations.length);
    expect(await rangesOutsideOpEd(page)).toEqual([]);
    // Every reported text is the exact highlighted page text.
    expect(Object.values(texts).flat().sort()).toEqual(res.annotations.map((a) => a.text).sort());
    await page.close();
  });

  for (const file of opEdPages) {
    it(`recognises and highlights the op-ed on ${file}`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      const res = await annotations(h, page);
      expect(res.article.opEdId).toBe('oped-why-iran-executes');
      const ids = new Set(res.annotations.map((a) => a.entryId));
      const expected = await expectedCounts(page);
      const outside = await rangesOutsideOpEd(page);
      rows.push({
        page: file,
        hasOped: true,
        recognised: res.article.opEdId === 'oped-why-iran-executes',
        expected: Object.values(expected).reduce((a, b) => a + b, 0),
        highlighted: res.annotations.length,
        outside: outside.length,
      });
      for (const id of REQUIRED) expect(ids, `missing ${id}`).toContain(id);
      // Every dataset term the reader can see in the op-ed is highlighted, each occurrence once.
      expect(countsOf(res)).toEqual(expected);
      expect(outside).toEqual([]);
      await page.close();
    });
  }

  for (const file of sourcePages) {
    it(`leaves ${file} (no op-ed) without highlights`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      const res = await annotations(h, page);
      rows.push({ page: file, hasOped: false, recognised: res.article.opEdId !== null, expected: 0, highlighted: res.annotations.length, outside: res.annotations.length });
      expect(res.annotations).toEqual([]);
      expect(res.article.opEdId).toBeNull();
      expect(await highlightTexts(page)).toEqual({});
      await page.close();
    });
  }
});
