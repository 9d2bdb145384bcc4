// The popup, in Firefox: opened as a moz-extension:// page with ?tab=<id>, it opens with the article,
// lists every annotated term of the tab as a row that opens its summary and sources, and shows the
// keys; the toolbar badge (browserAction, MV2) shows the count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { rowsHaveSummaryAndSources } from '../shared/in-page.ts';
import { CANNOT_RUN, DATASET_LINE, DEMO_GROUPS, distinctEntries, NOT_COVERED } from '../shared/ui-expectations.ts';
import { annotations, badgeText, openPage, openPopup, startHarness, tabIdOf, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The popup's status line once it has finished reading the tab. */
async function finalMessage(popup: Page): Promise<string> {
  const handle = await popup.waitForFunction(() => {
    const text = document.querySelector('.message')?.textContent ?? '';
    return text && !text.startsWith('Reading this page') ? text : false;
  }, { timeout: 10_000 });
  return (await handle.jsonValue()) as string;
}

describe('the popup in Firefox', () => {
  it('lists the annotated terms grouped by kind, each with summary and sources, and the article at the top', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    const popup = await openPopup(h, await tabIdOf(h, page), 'section.group');
    expect(await popup.$eval('.article h2', (el) => el.textContent)).toContain('Why Iran');
    expect(await popup.$eval('.article .figures', (el) => el.textContent)).toContain('come from the NCRI/MEK (opposition)');
    const listed = await popup.$$eval('button.term', (els) => els.map((el) => el.textContent));
    expect(listed).toHaveLength(distinctEntries(res));
    expect(await popup.$$eval('button.term', rowsHaveSummaryAndSources)).toBe(true);
    const groups = await popup.$$eval('section.group > h3', (els) => els.map((el) => el.textContent));
    expect(groups).toEqual(expect.arrayContaining(DEMO_GROUPS));
    expect(await popup.$eval('.dataset', (el) => el.textContent)).toMatch(DATASET_LINE);
    await popup.close();
    await page.close();
  });

  it('shows the keyboard shortcuts Firefox assigned, and where to change them', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const popup = await openPopup(h, await tabIdOf(h, page), '.key-row');
    expect(await popup.$$eval('.key-row dt', (els) => els.map((el) => el.textContent))).toEqual(['Next term', 'Previous term']);
    const keys = await popup.$$eval('.key-row dd', (els) => els.map((el) => el.textContent));
    expect(keys.every((k) => k === 'not set' || /^(Alt|Ctrl|Shift|Command|MacCtrl)\+/.test(k ?? ''))).toBe(true);
    expect(await popup.$eval('.keys .hint', (el) => el.textContent)).toContain('Manage Extension Shortcuts');
    await popup.close();
    await page.close();
  });

  it('shows the count on the toolbar badge', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    expect(res.annotations.length).toBeGreaterThan(0);
    expect(await badgeText(h, await tabIdOf(h, page))).toBe(String(res.annotations.length));
    await page.close();
  });

  it('says plainly when the page has no annotations', async () => {
    const page = await openPage(h, `${h.baseUrl}/corpus/bbc-1/source.html`);
    const popup = await openPopup(h, await tabIdOf(h, page), '.message');
    expect(await finalMessage(popup)).toContain(NOT_COVERED);
    await popup.close();
    await page.close();
  });

  it('says the page cannot be read where no content script runs', async () => {
    const page = await h.browser.newPage(); // about:blank
    const popup = await openPopup(h, await tabIdOf(h, page), '.message');
    expect(await finalMessage(popup)).toContain(CANNOT_RUN);
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a term and opens its card when the term is chosen', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const popup = await openPopup(h, await tabIdOf(h, page), 'button.term');
    // Open the term's row, then choose "Show on page" in it.
    await popup.click('#term-guy-verhofstadt');
    await popup.click('#panel-guy-verhofstadt button.show');
    const dialog = await page.waitForSelector('backstory-card-host >>> [role="dialog"]', { visible: true, timeout: 5000 });
    expect(await dialog!.$eval('h2', (el) => el.textContent)).toBe('Guy Verhofstadt');
    // The term is scrolled into view in the page.
    expect(
      await page.evaluate(() => {
        for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
          if (!name.startsWith('backstory-')) continue;
          for (const r of hl) {
            if (r.toString() !== 'Guy Verhofstadt') continue;
            const box = r.getBoundingClientRect();
            return box.top >= 0 && box.bottom <= innerHeight;
          }
        }
        return false;
      }),
    ).toBe(true);
    await popup.close();
    await page.close();
  });
});
