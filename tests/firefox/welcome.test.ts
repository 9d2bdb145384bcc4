// The first-run page, in Firefox: opened once, as a moz-extension:// page, when the add-on is
// installed; one screen at 1280 × 800 with its images and shortcut rows; no axe-core violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as Ext } from 'webextension-polyfill';
import { WELCOME_PAGE } from '../../scripts/browser.mjs';
import { axeViolations } from '../shared/axe.ts';
import { gotoExtensionPage, openPage, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** How many of the extension's tabs show the welcome page, as the extension sees them. */
const welcomeTabs = () =>
  h.control.evaluate(
    (file: string) =>
      (globalThis as unknown as { browser: Ext }).browser.extension.getViews({ type: 'tab' }).filter((view) => view.location.pathname === `/${file}`).length,
    WELCOME_PAGE,
  );

describe('the welcome page in Firefox', () => {
  it('opened exactly once on install, as an extension page', async () => {
    expect(h.welcomed).toEqual([`${h.origin}/${WELCOME_PAGE}`]);
    // The harness closed it; the background has since served a content script, and opened no other.
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    expect(await welcomeTabs()).toBe(0);
    await page.close();
  });

  it('fits one 1280 × 800 screen with its images and shortcut rows, and has no axe-core violations', async () => {
    const page = await h.browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await gotoExtensionPage(page, `${h.origin}/${WELCOME_PAGE}`, 'section[aria-labelledby="keys"] tbody tr');
    await page.waitForFunction(() => [...document.images].every((img) => img.complete), { timeout: 10_000 });
    const layout = await page.evaluate(() => ({
      height: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      images: [...document.images].map((img) => img.naturalWidth > 0),
      rows: document.querySelectorAll('section[aria-labelledby="keys"] tbody tr').length,
    }));
    const declared = await h.control.evaluate(() => Object.keys((globalThis as unknown as { browser: Ext }).browser.runtime.getManifest().commands ?? {}).length);
    expect(layout.images).toEqual([true, true, true]);
    expect(layout.width).toBeLessThanOrEqual(1280);
    expect(layout.height).toBeLessThanOrEqual(800);
    expect(layout.rows).toBeGreaterThanOrEqual(declared);
    expect(await axeViolations((script) => page.evaluate(script), 'html')).toEqual([]);
    await page.close();
  });
});
