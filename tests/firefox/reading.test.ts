// Reading, in Firefox: the op-ed is highlighted on the demo page and on all real news templates,
// each dataset term in the visible op-ed text exactly as often as it occurs; pages without it get
// nothing; nothing outside the article is ever highlighted. Same oracle and checks as
// tests/e2e/reading.test.ts (tests/shared/reading-checks.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectDemoReading, expectNoReading, expectOpEdReading, oracleOf } from '../shared/reading-checks.ts';
import { corpusPages } from '../shared/reading-oracle.ts';
import { annotations, highlightTexts, openPage, startHarness, type Harness } from './harness.ts';

const { opEdPages, sourcePages } = corpusPages();

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
    await expectDemoReading(page, await annotations(h, page));
    // Backstory adds nothing to the page until a card opens.
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card-host').length)).toBe(0);
    await page.close();
  });

  for (const file of opEdPages) {
    it(`recognises and highlights the op-ed on ${file}`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      const res = await annotations(h, page);
      expect(res.article.opEdId).toBe('oped-why-iran-executes');
      expectOpEdReading(res, await oracleOf(page));
      // One painted range per reported occurrence.
      expect(Object.values(await highlightTexts(page)).flat().length).toBe(res.annotations.length);
      await page.close();
    });
  }

  for (const file of sourcePages) {
    it(`leaves ${file} (no op-ed) without highlights`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      await expectNoReading(page, await annotations(h, page));
      await page.close();
    });
  }
});
