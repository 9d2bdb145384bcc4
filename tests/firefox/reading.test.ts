// Reading, in Firefox: the op-ed is highlighted on the demo page and on all real news templates,
// each dataset term in the visible op-ed text exactly as often as it occurs; pages without it get
// nothing; nothing outside the article is ever highlighted. Same oracle as tests/e2e/reading.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages, countsOf, expectedCounts, rangesOutsideOpEd, REQUIRED } from '../shared/reading-oracle';

const { opEdPages, sourcePages } = corpusPages();
import { annotations, highlightTexts, openPage, startHarness, type Harness } from './harness';



let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});




describe('reading the op-ed in Firefox', () => {
  it('highlights the required organisations, event and figure on the demo page, in the article only', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
    const ids = new Set(res.annotations.map((a) => a.entryId));
    for (const id of REQUIRED) expect(ids, `missing ${id}`).toContain(id);
    const expected = await expectedCounts(page);
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
    expect(countsOf(res)).toEqual(expected);
    // Painted with the CSS Custom Highlight API (Firefox 140+), one range per reported occurrence.
    const texts = await highlightTexts(page);
    expect(Object.values(texts).flat().length).toBe(res.annotations.length);
    expect(Object.values(texts).flat().sort()).toEqual(res.annotations.map((a) => a.text).sort());
    expect(await rangesOutsideOpEd(page)).toEqual([]);
    // Backstory adds nothing to the page until a card opens.
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card-host').length)).toBe(0);
    await page.close();
  });

  for (const file of opEdPages) {
    it(`recognises and highlights the op-ed on ${file}`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      const res = await annotations(h, page);
      expect(res.article.opEdId).toBe('oped-why-iran-executes');
      const ids = new Set(res.annotations.map((a) => a.entryId));
      for (const id of REQUIRED) expect(ids, `missing ${id}`).toContain(id);
      expect(countsOf(res)).toEqual(await expectedCounts(page));
      expect(Object.values(await highlightTexts(page)).flat().length).toBe(res.annotations.length);
      expect(await rangesOutsideOpEd(page)).toEqual([]);
      await page.close();
    });
  }

  for (const file of sourcePages) {
    it(`leaves ${file} (no op-ed) without highlights`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      const res = await annotations(h, page);
      expect(res.annotations).toEqual([]);
      expect(res.article.opEdId).toBeNull();
      expect(await highlightTexts(page)).toEqual({});
      await page.close();
    });
  }
});
