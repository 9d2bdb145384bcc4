// Hovering, in Firefox: a highlight opens a card (in the one <backstory-card-host> shadow root) with
// the note and source links; the card stays open while the pointer is on it and closes again.
// Firefox finds the caret with document.caretPositionFromPoint.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { linkTargets, plainTextPoint, pointAtHighlight } from '../shared/in-page.ts';
import { AS_OF_LINE, expectSafeSourceLinks } from '../shared/ui-expectations.ts';
import { openPage, sleep, startHarness, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await openPage(h, `${h.baseUrl}/demo/`);
});
afterAll(async () => {
  await h?.close();
});

const CARD = 'backstory-card-host >>> [role="dialog"]';

/** The open card, once visible. */
async function openCard(timeout = 5000): Promise<ElementHandle<Element>> {
  const card = await page.waitForSelector(CARD, { visible: true, timeout });
  if (!card) throw new Error('no card');
  return card;
}

/** The card's heading once it shows `pattern` (a newer hover may still be replacing an older card). */
async function cardTitle(pattern: RegExp, timeout = 5000): Promise<string> {
  await page.waitForFunction(
    (re: string) => {
      const h2 = document.querySelector('backstory-card-host')?.shadowRoot?.querySelector('[role="dialog"] h2');
      return !!h2 && new RegExp(re).test(h2.textContent ?? '');
    },
    { timeout },
    pattern.source,
  );
  return (await page.$eval(`${CARD} h2`, (el) => el.textContent ?? ''));
}

const cardCount = () => page.$$(CARD).then((els) => els.length);

// Each test starts with no card and the page in front (background tabs get no animation frames,
// and the hover logic runs on requestAnimationFrame).
beforeEach(async () => {
  await page.bringToFront();
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { hidden: true, timeout: 3000 });
});

describe('hovering a highlight in Firefox', () => {
  it('opens a card with label, note, as-of date and source links that open safely in a new tab', async () => {
    const { x, y } = await pointAtHighlight(page, 'Islamic Revolutionary Guard Corps');
    await page.mouse.move(x, y);
    const card = await openCard();
    expect(await card.$eval('h2', (el) => el.textContent)).toContain('Islamic Revolutionary Guard Corps');
    await card.$eval('button.more', (el) => (el as HTMLElement).click()); // the note and sources are one click away
    await page.waitForSelector(`${CARD} .note`, { visible: true, timeout: 3000 });
    expect(await card.$eval('.note', (el) => el.textContent)).toMatch(/Foreign Terrorist Organization/);
    expect(await card.$eval('.as-of', (el) => el.textContent)).toMatch(AS_OF_LINE);
    const links = await card.$$eval('.sources a', linkTargets);
    expectSafeSourceLinks(links);
    expect(await card.$$eval('.perspective', (els) => els.length)).toBe(links.length);
    // One host element, with an open shadow root, is all Backstory adds to the page.
    expect(await page.evaluate(() => [...document.querySelectorAll('backstory-card-host')].map((el) => !!el.shadowRoot))).toEqual([true]);
  });

  it('shows a statistic as a claim with the figures other monitors give', async () => {
    const { x, y } = await pointAtHighlight(page, 'approximately 30,000 political prisoners');
    await page.mouse.move(x, y);
    await cardTitle(/1988/);
    const card = await openCard();
    await card.$eval('button.more', (el) => (el as HTMLElement).click());
    expect(await card.$eval('.claim-by', (el) => el.textContent)).toMatch(/NCRI/);
    expect(await card.$$eval('tbody tr', (rows) => rows.length)).toBeGreaterThanOrEqual(3);
  });

  it('keeps the card open while the pointer moves into it, and closes it when the pointer leaves', async () => {
    const { x, y } = await pointAtHighlight(page, 'Guy Verhofstadt');
    await page.mouse.move(x, y);
    expect(await cardTitle(/^Guy Verhofstadt$/)).toBe('Guy Verhofstadt');
    const box = (await (await openCard()).boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await sleep(600);
    expect(await cardCount()).toBe(1);
    await page.mouse.move(5, 5);
    await page.waitForSelector(CARD, { hidden: true, timeout: 3000 });
  });

  it('closes on Escape', async () => {
    const { x, y } = await pointAtHighlight(page, 'European Parliament');
    await page.mouse.move(x, y);
    await openCard();
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { hidden: true, timeout: 3000 });
  });

  it('does not open a card for plain text', async () => {
    const point = await plainTextPoint(page);
    await page.mouse.move(point.x, point.y);
    await sleep(600);
    expect(await cardCount()).toBe(0);
  });
});
