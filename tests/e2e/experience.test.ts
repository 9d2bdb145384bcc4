// The reader's controls and the keyboard path: stepping with the keyboard command, switches that apply
// without reloading, colours that follow the page's background, touch, and axe on the card (the popup's runs are in popup.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CARD_CONTEXT, runAxe } from './axe.ts';
import { annotations, highlightPoint, highlightTexts, openPage, setSettings, startHarness, tabIdOf, type Harness } from './harness.ts';
import { articlePage, OPED_PARAGRAPHS, OPED_TITLE } from './pages.ts';

function generated(url: URL): string | null {
  if (url.pathname === '/dark') {
    return articlePage(OPED_TITLE, OPED_PARAGRAPHS, '<style>body{background:#121417;color:#e8e8e8}</style>');
  }
  return null;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(generated, { hasTouch: true });
});
afterAll(async () => {
  await h?.close();
});

const card = (page: Page) => page.locator('backstory-card-host [role="dialog"]');
const step = (tabId: number, direction: 1 | -1) =>
  h.worker.evaluate(({ id, d }) => chrome.tabs.sendMessage(id, { type: 'annotations/step', direction: d }), { id: tabId, d: direction });

describe('keyboard path', () => {
  it('steps to the next and previous highlight, opens its card with focus, and Escape gives focus back', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const tabId = await tabIdOf(h, page);
    const res = await annotations(h, page);
    await step(tabId, 1);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    const first = await card(page).locator('h2').textContent();
    const focused = await page.evaluate(() => {
      const host = document.querySelector('backstory-card-host');
      return document.activeElement === host && host?.shadowRoot?.activeElement?.getAttribute('role');
    });
    expect(focused).toBe('dialog');
    await step(tabId, 1);
    await expect.poll(() => card(page).locator('h2').textContent(), { timeout: 5000 }).not.toBe(first);
    await step(tabId, -1);
    await expect.poll(() => card(page).locator('h2').textContent(), { timeout: 5000 }).toBe(first);
    // Tab reaches the card's controls; Escape closes it and focus leaves the card.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('backstory-card-host')?.shadowRoot?.activeElement?.tagName)).toMatch(/BUTTON|A/);
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached', timeout: 3000 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BACKSTORY-CARD-HOST');
    // Stepping backwards from the start wraps to the last highlight.
    await step(tabId, -1);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(res.annotations.length).toBeGreaterThan(2);
    await page.close();
  });
});

describe('controls', () => {
  it('turns a site off and on, and kinds off, without reloading the page', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const before = (await annotations(h, page)).annotations.length;
    await setSettings(h, { enabled: true, disabledSites: ['127.0.0.1'], hiddenKinds: [] });
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length, { timeout: 3000 }).toBe(0);
    expect((await annotations(h, page)).annotations).toEqual([]);
    await setSettings(h, { enabled: true, disabledSites: [], hiddenKinds: ['statistic'] });
    await expect.poll(async () => (await annotations(h, page)).annotations.length, { timeout: 3000 }).toBeGreaterThan(0);
    const res = await annotations(h, page);
    expect(res.annotations.some((a) => a.kind === 'statistic')).toBe(false);
    expect(res.annotations.length).toBeLessThan(before);
    expect(Object.keys(await highlightTexts(page)).some((k) => k.includes('statistic'))).toBe(false);
    await setSettings(h, { enabled: false, disabledSites: [], hiddenKinds: [] });
    await expect.poll(async () => (await annotations(h, page)).annotations.length, { timeout: 3000 }).toBe(0);
    await setSettings(h, { enabled: true, disabledSites: [], hiddenKinds: [] });
    await expect.poll(async () => (await annotations(h, page)).annotations.length, { timeout: 3000 }).toBe(before);
    await page.close();
  });

  it('remembers the site switch from the popup', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await tabIdOf(h, page)}`);
    await popup.getByLabel('Highlights on 127.0.0.1').uncheck();
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length, { timeout: 3000 }).toBe(0);
    const stored = await h.worker.evaluate(() => chrome.storage.local.get('backstory.settings'));
    expect(stored['backstory.settings']).toMatchObject({ disabledSites: ['127.0.0.1'] });
    await popup.getByLabel('Highlights on 127.0.0.1').check();
    await expect.poll(async () => Object.keys(await highlightTexts(page)).length, { timeout: 3000 }).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });
});

describe('pages of any colour', () => {
  it('uses the dark-page colours on a dark article and the light ones on a light article', async () => {
    const dark = await openPage(h, `${h.baseUrl}/dark`);
    // The background is read a frame after painting (when styles are clean), then repainted: wait for it.
    await expect.poll(async () => Object.keys(await highlightTexts(dark)).every((n) => n.endsWith('-dark')), { timeout: 3000 }).toBe(true);
    const names = Object.keys(await highlightTexts(dark));
    expect(names.length).toBeGreaterThan(3);
    await dark.close();
    const light = await openPage(h, `${h.baseUrl}/demo/`);
    expect(Object.keys(await highlightTexts(light)).some((n) => n.endsWith('-dark'))).toBe(false);
    await light.close();
  });
});

describe('touch', () => {
  it('opens a card on tap and closes it on a tap elsewhere', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const point = await highlightPoint(page, 'Guy Verhofstadt');
    await page.touchscreen.tap(point!.x, point!.y);
    await expect.poll(() => card(page).locator('h2').textContent(), { timeout: 5000 }).toBe('Guy Verhofstadt');
    await page.touchscreen.tap(5, 5);
    await card(page).waitFor({ state: 'detached', timeout: 3000 });
    await page.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no violations in the open card', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    await step(await tabIdOf(h, page), 1);
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    const violations = await runAxe(page, CARD_CONTEXT);
    expect(violations).toEqual([]);
    await page.close();
  });
});
