// Copies inside frames: an op-ed shown in a large iframe from another origin (syndication embeds,
// AMP viewers) is annotated there, and the popup and the card work for that frame; op-eds in
// ad-sized frames get nothing; a top page without an article of ours registers no listener at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { AnnotationsResponse } from '../../lib/messages.ts';
import { serveTestPages } from '../shared/test-pages.ts';
import { distinctEntries, NOT_COVERED } from '../shared/ui-expectations.ts';
import { annotations, askTab, highlightPoint, highlightTexts, openPage, openPopup, startHarness, tabIdOf, type Harness } from './harness.ts';
import { AD_SLOTS, framePages, opedUrl } from '../shared/frame-pages.ts';

/** The other origin, serving the corpus: the frames are cross-origin, as embeds are. */
let other: { url: string; close(): Promise<void> };
const OPED = () => opedUrl(other.url);

let h: Harness;
beforeAll(async () => {
  other = await serveTestPages();
  h = await startHarness(framePages(() => other.url));
});
afterAll(async () => {
  await h?.close();
  await other?.close();
});

/** The frames of a page that show the op-ed. */
const opedFrames = (page: Page): Frame[] => page.frames().filter((f) => f.url() === OPED());
/** How many of our highlights a frame shows. */
const highlightCount = async (f: Frame) => Object.values(await highlightTexts(f)).flat().length;
/** The frame the background recorded as the tab's article frame (what the popup and keyboard talk to). */
const articleFrameOf = (tabId: number) =>
  h.worker.evaluate(async (id: number) => (await chrome.storage.session.get(`backstory.frame.${id}`))[`backstory.frame.${id}`] as number | undefined, tabId);
/** Asks one frame of a tab for its annotations, through the documented message. */
const annotationsIn = (tabId: number, frameId: number) =>
  h.worker.evaluate(([id, f]) => chrome.tabs.sendMessage(id, { type: 'annotations/get' }, { frameId: f }) as Promise<AnnotationsResponse>, [tabId, frameId] as const);
const badge = (tabId: number) => h.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);

describe('an op-ed embedded in a large cross-origin frame', () => {
  let page: Page;
  let tabId: number;
  let inFrame: Frame;
  beforeAll(async () => {
    page = await openPage(h, `${h.baseUrl}/embed`);
    tabId = await tabIdOf(h, page);
    [inFrame] = opedFrames(page);
    // Wait for the frame's first paint (expect.poll is for tests, not hooks).
    for (let waited = 0; (await highlightCount(inFrame)) === 0 && waited < 10_000; waited += 100) await page.waitForTimeout(100);
  });

  it('is recognised and highlighted inside the frame, and nothing is highlighted in the top page', async () => {
    expect(await highlightCount(inFrame)).toBeGreaterThan(20);
    const frameId = await articleFrameOf(tabId);
    expect(frameId).toBeGreaterThan(0);
    const res = await annotationsIn(tabId, frameId!);
    expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
    expect(res.annotations.length).toBe(await highlightCount(inFrame));
    expect(await highlightCount(page.mainFrame())).toBe(0);
    // The documented message to the whole tab gets the article frame's answer; the top frame, with no
    // article of ours, has no listener: asked on its own, nothing there receives the message.
    expect(await annotations(h, page)).toEqual(res);
    await expect(annotationsIn(tabId, 0)).rejects.toThrow(/Receiving end does not exist/);
    expect(Number(await badge(tabId))).toBe(res.annotations.length);
  });

  it('paints the highlights in the frame with our colours (the stylesheet came with the annotator)', async () => {
    // The organisation colour from highlights.css, as the frame's own style resolves it.
    const colour = await inFrame.evaluate(() => getComputedStyle(document.body, '::highlight(backstory-7c1e-organisation)').backgroundColor);
    expect(colour).toBe('rgb(205, 228, 255)');
  });

  it('lists the frame’s terms in the popup, the article first', async () => {
    const res = await annotationsIn(tabId, (await articleFrameOf(tabId))!);
    const popup = await openPopup(h, tabId);
    await popup.locator('button.term').first().waitFor({ timeout: 10_000 });
    await expect(popup.locator('.article h2').textContent()).resolves.toContain('Why Iran');
    expect(await popup.locator('button.term').count()).toBe(distinctEntries(res));
    await popup.close();
  });

  it('opens a term’s card inside the frame from the popup’s "Show on page"', async () => {
    const popup = await openPopup(h, tabId);
    const row = popup.locator('button.term', { hasText: 'Guy Verhofstadt' });
    await row.click();
    await popup.locator(`#${await row.getAttribute('aria-controls')} button.show`).click();
    const dialog = inFrame.locator('backstory-card-host [role="dialog"]');
    await expect.poll(() => dialog.locator('h2').textContent().catch(() => null), { timeout: 5000 }).toBe('Guy Verhofstadt');
    await popup.close();
    await inFrame.locator('body').press('Escape');
  });

  it('opens the card inside the frame on hover', async () => {
    const point = await highlightPoint(inFrame, 'Islamic Revolutionary Guard Corps');
    const box = (await page.locator('iframe').boundingBox())!;
    await page.mouse.move(box.x + point!.x, box.y + point!.y);
    const card = inFrame.locator('backstory-card-host [role="dialog"]');
    await card.waitFor({ state: 'visible', timeout: 5000 });
    await expect(card.locator('h2').textContent()).resolves.toContain('Islamic Revolutionary Guard Corps');
  });
});

describe('op-eds in ad-sized frames', () => {
  it('are never annotated, and the tab keeps the top frame', async () => {
    const page = await openPage(h, `${h.baseUrl}/ads`);
    const tabId = await tabIdOf(h, page);
    const frames = opedFrames(page);
    expect(frames.length).toBe(AD_SLOTS.length);
    // Long enough for a frame's gate, annotator and first paint (the large frame above takes well under this).
    await page.waitForTimeout(2500);
    for (const f of frames) expect(await highlightCount(f)).toBe(0);
    expect(await articleFrameOf(tabId)).toBeUndefined();
    expect(await badge(tabId)).toBe('');
    // No frame listens (the ad frames stop at their size, the top page's article is about trams).
    await expect(askTab(h, tabId)).rejects.toThrow(/Receiving end does not exist/);
  });
});

describe('a top page without an article of ours', () => {
  it('registers no listener, and the popup says it is not covered', async () => {
    const page = await openPage(h, `${h.baseUrl}/plain`);
    const tabId = await tabIdOf(h, page);
    await expect(askTab(h, tabId)).rejects.toThrow(/Receiving end does not exist/);
    expect(await annotations(h, page)).toEqual({ article: { found: false, opEdId: null }, annotations: [] });
    const popup = await openPopup(h, tabId);
    await expect(popup.locator('body').textContent()).resolves.toContain(NOT_COVERED);
    await popup.close();
  });
});
