// Opening the popup: the article's summary first, then every annotated term of the tab as a compact
// row by kind, then settings and keys; honest messages where there is nothing to list; the toolbar
// badge shows the count. Sizes are measured: three screens at most for the op-ed, rows of two lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runAxe } from './axe.ts';
import { rowsHaveSummaryAndSources } from '../shared/in-page.ts';
import { CANNOT_RUN, DATASET_LINE, DEMO_GROUPS, distinctEntries, NOT_COVERED } from '../shared/ui-expectations.ts';
import { annotations, openPage, openPopup, setSettings, startHarness, tabIdOf, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});


/** The popup for the demo page, once its rows are drawn, at `width` × 600 (a popup's largest height). */
async function demoPopup(width = 400): Promise<{ page: Page; popup: Page }> {
  const page = await openPage(h, `${h.baseUrl}/demo/`);
  const popup = await openPopup(h, await tabIdOf(h, page));
  await popup.setViewportSize({ width, height: 600 });
  await popup.locator('button.term').first().waitFor();
  return { page, popup };
}

/**
 * Opens the real toolbar popup over `page` and evaluates `expression` in it through the DevTools
 * protocol (Playwright does not list popups as pages), once it lists its terms; then closes it.
 */
async function inToolbarPopup(page: Page, expression: string): Promise<{ rows: number; width: number; overflowX: number; height: number }> {
  await h.worker.evaluate(() => chrome.action.openPopup());
  const cdp = await h.context.newCDPSession(page);
  type Target = { targetId: string; url: string };
  const target = async () => ((await cdp.send('Target.getTargets')).targetInfos as Target[]).find((t) => t.url.endsWith('/popup.html'));
  await expect.poll(target, { timeout: 5000 }).toBeTruthy();
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: (await target())!.targetId, flatten: false });
  let id = 0;
  const evaluate = async (source: string) => {
    const reply = new Promise<string>((resolve) => {
      const mine = id;
      const listener = (e: { message: string }) => {
        const m = JSON.parse(e.message) as { id: number; result: { result: { value: string } } };
        if (m.id !== mine) return;
        cdp.off('Target.receivedMessageFromTarget', listener);
        resolve(m.result.result.value);
      };
      cdp.on('Target.receivedMessageFromTarget', listener);
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: id++, method: 'Runtime.evaluate', params: { expression: `JSON.stringify(${source})`, returnByValue: true } }) });
    return JSON.parse(await reply);
  };
  await expect.poll(async () => (await evaluate(expression)).rows, { timeout: 5000 }).toBeGreaterThan(0);
  const result = await evaluate(expression);
  await evaluate('(window.close(), null)');
  await cdp.detach();
  return result;
}

/** In the popup: how far the document reaches past the viewport, down and sideways. */
const extent = (popup: Page) =>
  popup.evaluate(() => ({ height: document.documentElement.scrollHeight, overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth }));

describe('the popup on the op-ed', () => {
  it('opens with the article and where its figures come from, then one row per term grouped by kind', async () => {
    const { page, popup } = await demoPopup();
    const res = await annotations(h, page);
    await expect(popup.locator('.article h2').textContent()).resolves.toContain('Why Iran');
    await expect(popup.locator('.article .figures').textContent()).resolves.toMatch(/figures in this article come from the NCRI\/MEK \(opposition\).*Independent monitors report lower/);
    // The figures line is read on the first screen, before any term.
    const figures = (await popup.locator('.article .figures').boundingBox())!;
    expect(figures.y + figures.height).toBeLessThan(600);
    expect(figures.y).toBeLessThan((await popup.locator('button.term').first().boundingBox())!.y);
    expect(await popup.locator('button.term').count()).toBe(distinctEntries(res));
    expect(await popup.locator('button.term').evaluateAll(rowsHaveSummaryAndSources)).toBe(true);
    expect(await popup.locator('section.group > h3').allTextContents()).toEqual(expect.arrayContaining(DEMO_GROUPS));
    await expect(popup.locator('.dataset').textContent()).resolves.toMatch(DATASET_LINE);
    await popup.close();
    await page.close();
  });

  it('fits in three screens of 600 px at 400 px wide, with rows of at most two lines that look like buttons', async () => {
    const { page, popup } = await demoPopup(400);
    const { height, overflowX } = await extent(popup);
    expect(height).toBeLessThanOrEqual(1800);
    expect(overflowX).toBeLessThanOrEqual(0);
    const rows = await popup.locator('button.term').evaluateAll((buttons) =>
      buttons.map((b) => {
        const s = getComputedStyle(b);
        const line = parseFloat(getComputedStyle(b.querySelector('.term-label')!).lineHeight);
        const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'].reduce((n, k) => n + parseFloat(s[k as 'paddingTop']), 0);
        const meta = b.querySelector('.term-meta')!;
        return {
          lines: (b.getBoundingClientRect().height - frame) / line,
          metaFits: meta.scrollWidth <= meta.clientWidth && meta.getBoundingClientRect().right <= b.getBoundingClientRect().right,
          looksLikeButton: parseFloat(s.borderTopWidth) >= 1 && s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.textDecorationLine === 'none' && s.cursor === 'pointer',
        };
      }),
    );
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => r.lines > 2.05 || !r.metaFits || !r.looksLikeButton)).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('never scrolls sideways at 400 px, light and dark, with rows open', async () => {
    const { page, popup } = await demoPopup(400);
    await popup.locator('button.term').nth(0).click();
    await popup.locator('button.term', { hasText: '30,000' }).click();
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      expect({ colorScheme, overflowX: (await extent(popup)).overflowX }).toEqual({ colorScheme, overflowX: 0 });
    }
    await popup.close();
    await page.close();
  });

  it('never scrolls sideways at the real toolbar popup’s own width', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    await tabIdOf(h, page); // brings its window to the front: the popup opens there
    const size = await inToolbarPopup(page, `(() => {
      const d = document.documentElement;
      return { rows: document.querySelectorAll('button.term').length, width: innerWidth, overflowX: d.scrollWidth - d.clientWidth, height: d.scrollHeight };
    })()`);
    expect(size.rows).toBeGreaterThan(10);
    expect(size.width).toBeGreaterThanOrEqual(400);
    expect(size.overflowX).toBeLessThanOrEqual(0);
    expect(size.height).toBeLessThanOrEqual(1800);
    await page.close();
  });

  it('finds no axe violations, light and dark, collapsed and with a row open', async () => {
    const { page, popup } = await demoPopup();
    const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await expect(background()).resolves.toBe(colorScheme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(28, 30, 34)');
      expect(await runAxe(popup, 'html')).toEqual([]);
      const row = popup.locator('button.term', { hasText: '30,000' });
      await row.click();
      await expect(row.getAttribute('aria-expanded')).resolves.toBe('true');
      expect(await runAxe(popup, 'html')).toEqual([]);
      await row.click();
    }
    await popup.close();
    await page.close();
  });

  it('narrows the rows as the reader types in the filter box', async () => {
    const { page, popup } = await demoPopup();
    await popup.getByLabel('Filter').fill('verhofstadt');
    await expect(popup.locator('button.term').allTextContents()).resolves.toEqual([expect.stringContaining('Guy Verhofstadt')]);
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a term and opens its card from the row’s "Show on page"', async () => {
    const { page, popup } = await demoPopup();
    const row = popup.locator('button.term', { hasText: 'Guy Verhofstadt' });
    await row.click();
    await popup.locator(`#${await row.getAttribute('aria-controls')} button.show`).click();
    const dialog = page.locator('backstory-card-host [role="dialog"]');
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    await expect(dialog.locator('h2').textContent()).resolves.toBe('Guy Verhofstadt');
    await popup.close();
    await page.close();
  });

  it('shows the keyboard shortcuts the browser assigned, exactly as commands.getAll() reports them', async () => {
    const { page, popup } = await demoPopup();
    const commands = await h.worker.evaluate(() => chrome.commands.getAll());
    const expected = commands.filter((c) => !c.name!.startsWith('_')).map((c) => c.shortcut || 'not set');
    expect(expected).toHaveLength(2);
    await expect(popup.locator('.key-row dt').allTextContents()).resolves.toEqual(['Next term', 'Previous term']);
    await expect(popup.locator('.key-row dd').allTextContents()).resolves.toEqual(expected);
    // "Change shortcuts" opens Chromium's shortcut page in a new tab.
    const opened = h.context.waitForEvent('page', { timeout: 5000 });
    await popup.getByRole('button', { name: 'Change shortcuts' }).click();
    const settings = await opened;
    await expect.poll(() => settings.url(), { timeout: 5000 }).toBe('chrome://extensions/shortcuts');
    await settings.close();
    await popup.close();
    await page.close();
  });

  it('shows the count on the toolbar badge', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    const tabId = await tabIdOf(h, page);
    const text = await h.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(text).toBe(String(res.annotations.length));
    await page.close();
  });
});

describe('the popup with nothing to list', () => {
  for (const [what, settings, button] of [
    ['everywhere', { enabled: false, disabledSites: [], hiddenKinds: [] }, 'Turn Backstory on'],
    ['on this site', { enabled: true, disabledSites: ['127.0.0.1'], hiddenKinds: [] }, 'Turn on for 127.0.0.1'],
  ] as const) {
    it(`says Backstory is switched off ${what}, and turns it back on right there`, async () => {
      const page = await openPage(h, `${h.baseUrl}/demo/`);
      await setSettings(h, settings);
      try {
        const popup = await openPopup(h, await tabIdOf(h, page));
        await expect(popup.locator('.notice .message').textContent()).resolves.toContain('Backstory is switched off');
        await popup.getByRole('button', { name: button }).click();
        await popup.locator('button.term').first().waitFor({ timeout: 5000 });
        const stored = await h.worker.evaluate(() => chrome.storage.local.get('backstory.settings'));
        expect(stored['backstory.settings']).toEqual({ enabled: true, disabledSites: [], hiddenKinds: [] });
        await popup.close();
      } finally {
        await setSettings(h, { enabled: true, disabledSites: [], hiddenKinds: [] });
      }
      await page.close();
    });
  }

  it('says what Backstory covers on a page it does not cover', async () => {
    const page = await openPage(h, `${h.baseUrl}/corpus/bbc-1/source.html`);
    const popup = await openPopup(h, await tabIdOf(h, page));
    await expect(popup.locator('.message').textContent()).resolves.toContain(NOT_COVERED);
    await popup.close();
    await page.close();
  });

  it('says extensions cannot run on the browser’s own pages', async () => {
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(h, await tabIdOf(h, page));
    await expect(popup.locator('.message').textContent()).resolves.toContain(CANNOT_RUN);
    await popup.close();
    await page.close();
  });
});
