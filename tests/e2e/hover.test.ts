// Hovering: a highlight opens a card with the note and source links; the card closes again.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { linkTargets, plainTextPoint, pointAtHighlight } from '../shared/in-page.ts';
import { AS_OF_LINE, expectSafeSourceLinks } from '../shared/ui-expectations.ts';
import { openPage, startHarness, type Harness } from './harness.ts';

let h: Harness;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  page = await openPage(h, `${h.baseUrl}/demo/`);
});
afterAll(async () => {
  await h?.close();
});

const card = () => page.locator('backstory-card-host [role="dialog"]');

// Each test starts with no card: an open card could cover the next term (pointer over the card
// keeps it open, as it should).
beforeEach(async () => {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await card().waitFor({ state: 'detached', timeout: 3000 });
});

describe('hovering a highlight', () => {
  it('opens a card with label, note, as-of date and source links that open safely in a new tab', async () => {
    const { x, y } = await pointAtHighlight(page, 'Islamic Revolutionary Guard Corps');
    await page.mouse.move(x, y);
    await card().waitFor({ state: 'visible', timeout: 5000 });
    await expect(card().locator('h2').textContent()).resolves.toContain('Islamic Revolutionary Guard Corps');
    await card().getByRole('button', { name: 'More' }).click(); // the note and sources are one click away
    await card().locator('.note').waitFor({ state: 'visible' });
    await expect(card().locator('.note').textContent()).resolves.toMatch(/Foreign Terrorist Organization/);
    await expect(card().locator('.as-of').textContent()).resolves.toMatch(AS_OF_LINE);
    const links = await card().locator('.sources a').evaluateAll(linkTargets);
    expectSafeSourceLinks(links);
    expect(await card().locator('.perspective').count()).toBe(links.length);
  });

  it('shows a statistic as a claim with the figures other monitors give', async () => {
    const { x, y } = await pointAtHighlight(page, 'approximately 30,000 political prisoners');
    await page.mouse.move(x, y);
    await expect.poll(() => card().locator('h2').textContent(), { timeout: 5000 }).toMatch(/1988/);
    await card().getByRole('button', { name: 'More' }).click();
    await expect(card().locator('.claim-by').textContent()).resolves.toMatch(/NCRI/);
    expect(await card().locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
  });

  it('keeps the card open while the pointer moves into it, and closes it when the pointer leaves', async () => {
    const { x, y } = await pointAtHighlight(page, 'Guy Verhofstadt');
    await page.mouse.move(x, y);
    await expect.poll(() => card().locator('h2').textContent(), { timeout: 5000 }).toBe('Guy Verhofstadt');
    const box = (await card().boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 20, { steps: 5 });
    await page.waitForTimeout(600);
    expect(await card().isVisible()).toBe(true);
    await page.mouse.move(5, 5);
    await card().waitFor({ state: 'detached', timeout: 3000 });
  });

  it('closes on Escape', async () => {
    const { x, y } = await pointAtHighlight(page, 'European Parliament');
    await page.mouse.move(x, y);
    await card().waitFor({ state: 'visible', timeout: 5000 });
    await page.keyboard.press('Escape');
    await card().waitFor({ state: 'detached', timeout: 3000 });
  });

  it('does not open a card for plain text', async () => {
    const point = await plainTextPoint(page);
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(600);
    expect(await card().count()).toBe(0);
  });
});
