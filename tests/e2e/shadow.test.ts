// Articles inside shadow DOM: the op-ed rendered by web components inside an open root, a closed root,
// and nested roots with a slot is recognised, its terms are highlighted (styled by a sheet adopted into
// the roots, beside the page's own, and removed when Backstory is switched off), and hovering a term
// inside the shadow tree opens its card.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pointAtHighlight } from '../shared/in-page.ts';
import { adoptedSheetsHere, liveHighlightsHere, SHADOW_KINDS, shadowHighlightsHere, shadowPages } from '../shared/shadow-pages.ts';
import { annotations, openPage, setSettings, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(shadowPages);
});
afterAll(async () => {
  await h?.close();
});

const setEnabled = (enabled: boolean) => setSettings(h, { enabled, disabledSites: [], hiddenKinds: [] });

/** A screenshot of the box around the term's first line, to tell painted from unpainted. */
async function shot(page: Page, point: { x: number; y: number }): Promise<Buffer> {
  return page.screenshot({ clip: { x: point.x - 30, y: point.y - 6, width: 60, height: 12 } });
}

describe('the op-ed inside shadow roots', () => {
  for (const kind of SHADOW_KINDS) {
    describe(kind, () => {
      let page: Page;
      beforeAll(async () => {
        page = await openPage(h, `${h.baseUrl}/shadow/${kind}`);
      });
      afterAll(async () => {
        await setEnabled(true);
        await page?.close();
      });

      it('is recognised and its terms are highlighted inside the shadow tree, nothing outside it', async () => {
        const res = await annotations(h, page);
        expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
        const ids = new Set(res.annotations.map((a) => a.entryId));
        for (const id of ['ncri', 'mek', 'irgc', 'executions-since-2024']) expect(ids).toContain(id);
        const { inside, outside } = await page.evaluate(shadowHighlightsHere);
        expect(outside).toBe(0);
        expect(inside).toContain('National Council of Resistance of Iran');
        expect(inside).toContain('Islamic Revolutionary Guard Corps');
        expect(inside.length).toBe(res.annotations.length);
      });

      it('styles them with a sheet adopted beside the page’s own, and opens the card on hover', async () => {
        const sheets = await page.evaluate(adoptedSheetsHere);
        expect(sheets.some((s) => s.ours)).toBe(true);
        expect(sheets.every((s) => s.own && s.ownFirst)).toBe(true);
        const point = await pointAtHighlight(page, 'Islamic Revolutionary Guard Corps');
        await page.mouse.move(point.x, point.y);
        const card = page.locator('backstory-card-host [role="dialog"]');
        await expect.poll(() => card.locator('h2').textContent(), { timeout: 5000 }).toContain('Islamic Revolutionary Guard Corps');
        await page.mouse.move(2, 2);
        await page.keyboard.press('Escape');
        await card.waitFor({ state: 'detached', timeout: 3000 });
      });

      it('takes exactly its sheet out again when switched off, and the term loses its colour', async () => {
        const point = await pointAtHighlight(page, 'National Council of Resistance of Iran');
        const painted = await shot(page, point);
        await setEnabled(false);
        await expect.poll(async () => (await page.evaluate(adoptedSheetsHere)).some((s) => s.ours), { timeout: 3000 }).toBe(false);
        expect((await page.evaluate(adoptedSheetsHere)).every((s) => s.own)).toBe(true);
        expect((await page.evaluate(shadowHighlightsHere)).inside).toEqual([]);
        expect((await shot(page, point)).equals(painted)).toBe(false);
        await setEnabled(true);
        await expect.poll(async () => (await page.evaluate(adoptedSheetsHere)).some((s) => s.ours), { timeout: 3000 }).toBe(true);
      });

      it('follows a re-render inside the shadow root (the document’s observer does not see it)', async () => {
        // Let any check the earlier tests set off (the card host leaving the page) settle first, so
        // only an observer of the shadow root can notice the re-render.
        await page.waitForTimeout(400);
        const before = await page.evaluate(liveHighlightsHere);
        expect(before).toBeGreaterThan(10);
        await page.evaluate(() => (window as unknown as { __rerender: () => void }).__rerender());
        expect(await page.evaluate(liveHighlightsHere)).toBe(0); // the old ranges hold detached nodes
        await expect.poll(() => page.evaluate(liveHighlightsHere), { timeout: 3000 }).toBe(before);
      });
    });
  }
});

describe('a component that renders the op-ed into its closed root after load', () => {
  it('is annotated once the article arrives, though the light DOM never changes', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/shadow-late`);
    await page.waitForFunction(() => (window as unknown as { __insertedAt?: number }).__insertedAt, null, { timeout: 5000 });
    await expect.poll(async () => (await annotations(h, page)).article.opEdId, { timeout: 5000 }).toBe('oped-why-iran-executes');
    expect((await page.evaluate(shadowHighlightsHere)).inside).toContain('Islamic Revolutionary Guard Corps');
    await page.close();
  });
});
