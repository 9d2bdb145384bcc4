// The real keyboard path in Chromium: the keys the browser assigns (chrome.commands.getAll()) and a
// key press from the window system moving the card, in a headed Chromium on a virtual X display.
// Playwright's own keyboard cannot do this: its key events go to the page, not to the browser's
// shortcut handling (docs/keyboard.md has the experiment).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CHROMIUM_SHORTCUTS_URL, shortcutRows, type ShortcutRow } from '../../lib/ui/shortcuts.ts';
import { framePages, opedUrl } from '../shared/frame-pages.ts';
import { serveTestPages } from '../shared/test-pages.ts';
import { EXTENSION_DIR, highlightTexts, openPage, startHarness, type Harness } from './harness.ts';
import { markedTerm, scrollIntoArticle } from './reading-position.ts';
import { pressInBrowserWindow, startXvfb, type XDisplay } from './x-display.ts';

let x: XDisplay | undefined;
let h: Harness;
/** A second origin, for the op-ed embedded in a cross-origin frame. */
let other: { url: string; close(): Promise<void> } | undefined;
/** Our commands with the keys Chromium assigned. */
let rows: ShortcutRow[] = [];
beforeAll(async () => {
  x = await startXvfb();
  other = await serveTestPages();
  h = await startHarness(framePages(() => other!.url), { headless: false, env: { ...process.env, DISPLAY: x.display } });
  rows = shortcutRows(await h.worker.evaluate(() => chrome.commands.getAll()));
});
afterAll(async () => {
  await h?.close();
  await other?.close();
  await x?.stop();
});

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const suggested = (name: string): string => manifest.commands[name].suggested_key.default;
const card = (page: Page) => page.locator('backstory-card-host [role="dialog"]');
/** Presses the keys Chromium assigned to a command, named the way xdotool names them ("alt+shift+j"). */
const press = (command: string) =>
  pressInBrowserWindow(x!.display, rows.find((r) => r.name === command)!.keys!.toLowerCase());

describe('keyboard shortcuts in Chromium', () => {
  it('assigns every suggested key (a key Chromium uses itself is silently left unassigned)', async () => {
    expect(rows.map((r) => [r.name, r.keys ?? ''])).toEqual([
      ['next-annotation', suggested('next-annotation')],
      ['previous-annotation', suggested('previous-annotation')],
    ]);
  });

  it('moves the card to the next term from the reading position, and back, on real key presses', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    await page.bringToFront();
    const expected = await scrollIntoArticle(page, 1);
    expect(expected.index).toBeGreaterThan(0);
    press('next-annotation');
    await card(page).waitFor({ state: 'visible', timeout: 5000 });
    expect(await markedTerm(page)).toEqual({ ranges: 1, isExpected: true, text: expected.text });
    press('next-annotation');
    await expect.poll(async () => (await markedTerm(page)).isExpected, { timeout: 5000 }).toBe(false);
    expect((await markedTerm(page)).ranges).toBe(1);
    press('previous-annotation');
    await expect.poll(async () => (await markedTerm(page)).isExpected, { timeout: 5000 }).toBe(true);
    await page.close();
  });

  it('opens a card inside the frame of an embedded op-ed on a real key press', async () => {
    const page = await openPage(h, `${h.baseUrl}/embed`);
    const frame = page.frames().find((f) => f.url() === opedUrl(other!.url))!;
    await expect.poll(async () => Object.keys(await highlightTexts(frame)).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.bringToFront();
    press('next-annotation');
    await frame.locator('backstory-card-host [role="dialog"]').waitFor({ state: 'visible', timeout: 5000 });
    await page.close();
  });

  it('lets an extension page open the page where readers change the keys', async () => {
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=1`);
    const opened = h.context.waitForEvent('page', { timeout: 5000 });
    // A plain link to chrome:// does nothing from an extension page; tabs.create is what works.
    await popup.evaluate((url) => chrome.tabs.create({ url }), CHROMIUM_SHORTCUTS_URL);
    const shortcuts = await opened;
    await expect.poll(() => shortcuts.url(), { timeout: 5000 }).toBe(CHROMIUM_SHORTCUTS_URL);
    await shortcuts.close();
    await popup.close();
  });
});
