// Nothing leaves the browser: while a reader reads, hovers and opens the popup, the extension's
// service worker, popup and content scripts make no network request at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, highlightPoint, openPage, startHarness, tabIdOf, type Harness } from './harness.ts';

let h: Harness;
const requests: string[] = [];
beforeAll(async () => {
  h = await startHarness();
  // Every request any page, frame, popup or worker of this browser context makes.
  h.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await h?.close();
});

describe('privacy', () => {
  it('makes zero network requests while reading, hovering and opening the popup', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const pageOwn = new Set(requests); // the demo page and its stylesheet
    await annotations(h, page);
    // Hover three terms (loads the card UI and notes), step with the keyboard path, open the popup.
    for (const text of ['NCRI', 'Guy Verhofstadt', 'approximately 30,000 political prisoners']) {
      const point = await highlightPoint(page, text);
      expect(point, text).not.toBeNull();
      await page.mouse.move(point!.x, point!.y);
      await expect.poll(() => page.locator('backstory-card-host [role="dialog"] h2').textContent({ timeout: 5000 }).catch(() => null), { timeout: 6000 }).toBeTruthy();
      await page.keyboard.press('Escape');
      await page.mouse.move(2, 2);
    }
    const tabId = await tabIdOf(h, page);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('section.group').first().waitFor();
    await page.waitForTimeout(300);

    const extensionOrigin = `chrome-extension://${h.extensionId}/`;
    const network = requests.filter((url) => !pageOwn.has(url) && !url.startsWith(extensionOrigin));
    // The popup itself is loaded from the extension package, not the network.
    expect(requests.some((u) => u.startsWith(extensionOrigin))).toBe(true);
    expect(network).toEqual([]);
    // And from inside: the service worker, the popup and the page record no resource fetches beyond their own.
    expect(await h.worker.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).toEqual([]);
    const foreign = () => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => !u.startsWith(location.origin));
    expect(await popup.evaluate(foreign)).toEqual([]);
    expect(await page.evaluate(foreign)).toEqual([]);
    await popup.close();
    await page.close();
  });
});
