// Where the keyboard starts, the mark on the term whose card is open, and one term painted as one:
// measured in Chromium on the demo page through the page's own view of CSS.highlights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotations, highlightPoint, openPage, startHarness, tabIdOf, type Harness } from './harness.ts';
import { markedTerm, scrollIntoArticle, type Expected } from './reading-position.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const MARK = 'backstory-7c1e-current';
const card = (page: Page) => page.locator('backstory-card-host [role="dialog"]');
const step = async (page: Page, direction: 1 | -1) => {
  const tabId = await tabIdOf(h, page);
  await h.worker.evaluate(({ id, d }) => chrome.tabs.sendMessage(id, { type: 'annotations/step', direction: d }), { id: tabId, d: direction });
};

describe('keyboard start', () => {
  for (const direction of [1, -1] as const) {
    it(`opens the ${direction === 1 ? 'first term at or below' : 'last term above'} the top of the viewport, not the page's ${direction === 1 ? 'first' : 'last'}`, async () => {
      const page = await openPage(h, `${h.baseUrl}/demo/`);
      const expected: Expected = await scrollIntoArticle(page, direction);
      // The viewport's top is mid-article: terms lie on both sides of it, so the start is not an end.
      expect(expected.index).toBeGreaterThan(0);
      expect(expected.index).toBeLessThan(expected.count - 1);
      if (direction === 1) expect(expected.top).toBeGreaterThanOrEqual(0);
      else expect(expected.top).toBeLessThan(0);
      await step(page, direction);
      await card(page).waitFor({ state: 'visible', timeout: 5000 });
      expect(await markedTerm(page)).toEqual({ ranges: 1, isExpected: true, text: expected.text });
      await page.close();
    });
  }
});

describe('current-term mark', () => {
  it('marks the term while its card is open, from the keyboard or the pointer, and not after Escape', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    expect(await page.evaluate((name) => CSS.highlights.has(name), MARK)).toBe(false);
    await step(page, 1);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(await page.evaluate((name) => CSS.highlights.get(name)?.size, MARK)).toBe(1);
    // Drawn by the generated stylesheet: a line over and under the term.
    const line = await page.evaluate((name) => getComputedStyle(document.querySelector('.story-body p')!, `::highlight(${name})`).textDecorationLine, MARK);
    expect(line).toBe('underline overline');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached', timeout: 3000 });
    expect(await page.evaluate((name) => CSS.highlights.has(name), MARK)).toBe(false);
    const point = await highlightPoint(page, 'Guy Verhofstadt');
    await page.mouse.move(point!.x, point!.y);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(await page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => r.toString()), MARK)).toEqual(['Guy Verhofstadt']);
    await page.close();
  });
});

describe('one term, one highlight', () => {
  it('paints the punctuation between a name and its abbreviation, and still reports each occurrence once', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    const organisations = res.annotations.filter((a) => a.kind === 'organisation');
    const painted = await page.evaluate(() => {
      const ranges = [...(CSS.highlights.get('backstory-7c1e-organisation') ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      // Ranges that touch read as one: join them the way the eye does.
      const runs: string[] = [];
      let last: Range | null = null;
      for (const r of ranges) {
        if (last && last.endContainer === r.startContainer && last.endOffset === r.startOffset) runs[runs.length - 1] += r.toString();
        else runs.push(r.toString());
        last = r;
      }
      return { count: ranges.length, runs };
    });
    // Two joins on the demo: "… of Iran (PMOI/MEK)" and "… of Iran (NCRI)".
    expect(painted.count).toBe(organisations.length + 2);
    expect(painted.runs).toContain('People’s Mojahedin Organisation of Iran (PMOI/MEK');
    expect(painted.runs).toContain('National Council of Resistance of Iran (NCRI');
    const mek = organisations.filter((a) => a.entryId === 'mek').map((a) => a.text);
    expect(mek).toContain('People’s Mojahedin Organisation of Iran');
    expect(mek).toContain('PMOI/MEK');
    expect(res.annotations.every((a) => /[\p{L}\p{N}]/u.test(a.text))).toBe(true);
    await page.close();
  });
});
