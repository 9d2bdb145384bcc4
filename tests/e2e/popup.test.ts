// Opening the popup: it lists every annotated term of the tab with its note and sources, and the
// toolbar badge shows the count.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entriesHaveNoteAndSources } from '../shared/in-page.ts';
import { DATASET_LINE, DEMO_GROUPS, distinctEntries } from '../shared/ui-expectations.ts';
import { annotations, openPage, openPopup, startHarness, tabIdOf, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the popup', () => {
  it('lists the annotated terms grouped by kind, each with note and sources, and the article at the top', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    const tabId = await tabIdOf(h, page);
    const popup = await openPopup(h, tabId);
    await popup.locator('section.group').first().waitFor();
    await expect(popup.locator('.article h2').textContent()).resolves.toContain('Why Iran');
    const listed = await popup.locator('article.entry h3 button').allTextContents();
    expect(listed).toHaveLength(distinctEntries(res));
    expect(await popup.locator('article.entry').evaluateAll(entriesHaveNoteAndSources)).toBe(true);
    const groups = await popup.locator('section.group > h2').allTextContents();
    expect(groups).toEqual(expect.arrayContaining(DEMO_GROUPS));
    await expect(popup.locator('.dataset').textContent()).resolves.toMatch(DATASET_LINE);
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

  it('says plainly when the page has no annotations', async () => {
    const page = await openPage(h, `${h.baseUrl}/corpus/bbc-1/source.html`);
    const popup = await openPopup(h, await tabIdOf(h, page));
    await expect(popup.locator('.message').textContent()).resolves.toContain('No annotations on this page');
    await popup.close();
    await page.close();
  });

  it('says the page cannot be read where no content script runs', async () => {
    const page = await h.context.newPage();
    await page.goto('about:blank');
    const popup = await openPopup(h, await tabIdOf(h, page));
    await expect(popup.locator('.message').textContent()).resolves.toContain('cannot read this page');
    await popup.close();
    await page.close();
  });

  it('scrolls the page to a term and opens its card when the term is chosen', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const popup = await openPopup(h, await tabIdOf(h, page));
    await popup.locator('button.show', { hasText: 'Guy Verhofstadt' }).click();
    const dialog = page.locator('backstory-card-host [role="dialog"]');
    await dialog.waitFor({ state: 'visible', timeout: 5000 });
    await expect(dialog.locator('h2').textContent()).resolves.toBe('Guy Verhofstadt');
    await popup.close();
    await page.close();
  });
});
