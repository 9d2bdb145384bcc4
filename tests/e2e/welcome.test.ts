// The first-run page: opened once, as an extension page, when the extension is installed into a fresh
// profile; one screen at 1280 × 800, readable at 400 px, in light and dark; no violations; nothing remote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { WELCOME_PAGE } from '../../scripts/browser.mjs';
import { runAxe } from './axe.ts';
import { openPage, startHarness, type Harness } from './harness.ts';

let h: Harness;
let welcomeUrl: string;
beforeAll(async () => {
  h = await startHarness();
  welcomeUrl = `chrome-extension://${h.extensionId}/${WELCOME_PAGE}`;
});
afterAll(async () => {
  await h?.close();
});

/** The extension's own tabs showing the welcome page, as the extension sees them. */
const welcomeTabs = () =>
  h.worker.evaluate(async (url: string) => (await chrome.runtime.getContexts({ contextTypes: ['TAB' as chrome.runtime.ContextType], documentUrls: [url] })).length, welcomeUrl);

/** Opens the welcome page in a new tab, recording every request it makes. */
async function openWelcome(viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[] }> {
  const page = await h.context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setViewportSize(viewport);
  await page.goto(welcomeUrl, { waitUntil: 'load' });
  await page.locator('section[aria-labelledby="keys"]').waitFor();
  return { page, requests };
}

/** The page's scrollable size and whether every image has loaded. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    width: document.documentElement.scrollWidth,
    images: [...document.images].map((img) => img.complete && img.naturalWidth > 0),
  }));

describe('the welcome page', () => {
  it('opened exactly once on install, as an extension page', async () => {
    expect(h.welcomed).toEqual([welcomeUrl]);
    // The harness closed it; the worker has since answered a content script, and opened no other.
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    expect(await welcomeTabs()).toBe(0);
    expect(h.context.pages().filter((p) => p.url() === welcomeUrl)).toHaveLength(0);
    await page.close();
  });

  it('fits one 1280 × 800 screen, shows its images and shortcuts, and requests nothing outside the extension', async () => {
    const { page, requests } = await openWelcome({ width: 1280, height: 800 });
    const { height, width, images } = await layout(page);
    expect(height).toBeLessThanOrEqual(800);
    expect(width).toBeLessThanOrEqual(1280);
    expect(images).toEqual([true, true, true]);
    // One row per command the manifest declares (the toolbar button's own command is not listed).
    const declared = await h.worker.evaluate(() => Object.keys(chrome.runtime.getManifest().commands ?? {}).length);
    expect(await page.locator('section[aria-labelledby="keys"] tbody tr').count()).toBe(declared);
    await expect(page.locator('section[aria-labelledby="covers"]').textContent()).resolves.toContain('Why Iran’s Regime Is Executing Its Own People? – OpEd');
    expect(requests.length).toBeGreaterThanOrEqual(4);
    expect(requests.filter((url) => !url.startsWith(`chrome-extension://${h.extensionId}/`) && !url.startsWith('data:'))).toEqual([]);
    await page.close();
  });

  it('reads at 400 px wide without sideways scrolling', async () => {
    const { page } = await openWelcome({ width: 400, height: 800 });
    const { width } = await layout(page);
    expect(width).toBeLessThanOrEqual(400);
    const bodyText = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('li')!).fontSize));
    expect(bodyText).toBeGreaterThanOrEqual(14);
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (${colorScheme})`, async () => {
      const { page } = await openWelcome({ width: 1280, height: 800 });
      await page.emulateMedia({ colorScheme });
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).toBe(colorScheme === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)');
      expect(await runAxe(page, 'html')).toEqual([]);
      await page.close();
    });
  }
});
