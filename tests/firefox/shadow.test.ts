// Articles inside shadow DOM, in Firefox: the op-ed rendered by web components inside an open root, a
// closed root (read through Element.openOrClosedShadowRoot) and nested roots with a slot is
// recognised and highlighted, our sheet is adopted beside the page's own and taken out when switched
// off, and hovering a term inside the shadow tree opens its card (caretPositionFromPoint with shadowRoots).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { pointAtHighlight } from '../shared/in-page.ts';
import { adoptedSheetsHere, SHADOW_KINDS, shadowHighlightsHere, shadowPages } from '../shared/shadow-pages.ts';
import { annotations, openPage, setSettings, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(shadowPages);
});
afterAll(async () => {
  await h?.close();
});

const setEnabled = (enabled: boolean) => setSettings(h, { enabled, disabledSites: [], hiddenKinds: [] });

/** Polls an in-page check until it returns `wanted`. */
async function until<T>(page: Page, fn: () => T, wanted: (v: T) => boolean, timeout = 3000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = (await page.evaluate(fn)) as T;
    if (wanted(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const CARD = 'backstory-card-host >>> [role="dialog"]';

describe('the op-ed inside shadow roots, in Firefox', () => {
  for (const kind of SHADOW_KINDS) {
    it(`${kind}: recognised, highlighted inside the tree, styled by our adopted sheet, card on hover, sheet removed when off`, async () => {
      const page = await openPage(h, `${h.baseUrl}/shadow/${kind}`);
      const res = await annotations(h, page);
      expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
      const { inside, outside } = await page.evaluate(shadowHighlightsHere);
      expect(outside).toBe(0);
      expect(inside).toContain('Islamic Revolutionary Guard Corps');
      expect(inside.length).toBe(res.annotations.length);
      const sheets = await page.evaluate(adoptedSheetsHere);
      expect(sheets.some((s) => s.ours)).toBe(true);
      expect(sheets.every((s) => s.own && s.ownFirst)).toBe(true);

      await page.bringToFront();
      const point = await pointAtHighlight(page, 'Islamic Revolutionary Guard Corps');
      await page.mouse.move(point.x, point.y);
      await page.waitForFunction(
        () => /Islamic Revolutionary Guard Corps/.test(document.querySelector('backstory-card-host')?.shadowRoot?.querySelector('[role="dialog"] h2')?.textContent ?? ''),
        { timeout: 5000 },
      );
      await page.mouse.move(2, 2);
      await page.keyboard.press('Escape');
      await page.waitForSelector(CARD, { hidden: true, timeout: 3000 });

      // Firefox styles a shadow tree's highlights only from that tree's own sheets: without ours the
      // term would look exactly as it does once switched off.
      const term = await pointAtHighlight(page, 'National Council of Resistance of Iran');
      const clip = { x: term.x - 30, y: term.y - 6, width: 60, height: 12 };
      const painted = Buffer.from(await page.screenshot({ clip }));
      await setEnabled(false);
      expect((await until(page, adoptedSheetsHere, (s) => !s.some((x) => x.ours))).some((s) => s.ours)).toBe(false);
      expect((await page.evaluate(adoptedSheetsHere)).every((s) => s.own)).toBe(true);
      expect((await page.evaluate(shadowHighlightsHere)).inside).toEqual([]);
      expect(Buffer.from(await page.screenshot({ clip })).equals(painted)).toBe(false);
      await setEnabled(true);
      expect((await until(page, adoptedSheetsHere, (s) => s.some((x) => x.ours))).some((s) => s.ours)).toBe(true);
      await page.close();
    });
  }
});
