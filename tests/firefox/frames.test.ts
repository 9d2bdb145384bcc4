// Copies inside frames, in Firefox: the op-ed in a large cross-origin iframe is highlighted there and
// the popup lists its terms; in ad-sized frames it is never touched; a plain page registers no listener.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { AD_SLOTS, framePages, opedUrl } from '../shared/frame-pages.ts';
import { serveTestPages } from '../shared/test-pages.ts';
import { distinctEntries, NOT_COVERED } from '../shared/ui-expectations.ts';
import { annotations, badgeText, highlightTexts, openPage, openPopup, sleep, startHarness, tabIdOf, type Harness } from './harness.ts';

let other: { url: string; close(): Promise<void> };
let h: Harness;
beforeAll(async () => {
  other = await serveTestPages();
  h = await startHarness(framePages(() => other.url));
});
afterAll(async () => {
  await h?.close();
  await other?.close();
});

const opedFrames = (page: Page): Frame[] => page.frames().filter((f) => f.url() === opedUrl(other.url));
const highlightCount = async (f: Frame) => Object.values(await highlightTexts(f)).flat().length;

describe('frames in Firefox', () => {
  it('highlights the op-ed in a large frame, answers the tab with it and lists it in the popup', async () => {
    const page = await openPage(h, `${h.baseUrl}/embed`);
    const [frame] = opedFrames(page);
    for (let waited = 0; (await highlightCount(frame)) === 0 && waited < 10_000; waited += 100) await sleep(100);
    const count = await highlightCount(frame);
    expect(count).toBeGreaterThan(20);
    expect(await highlightCount(page.mainFrame())).toBe(0);
    const res = await annotations(h, page);
    expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
    expect(res.annotations.length).toBe(count);
    const tabId = await tabIdOf(h, page);
    expect(Number(await badgeText(h, tabId))).toBe(count);
    const popup = await openPopup(h, tabId, 'section.group');
    expect(await popup.$eval('.article h2', (el) => el.textContent)).toContain('Why Iran');
    expect(await popup.$$eval('button.term', (els) => els.length)).toBe(distinctEntries(res));
    await popup.close();
    await page.close();
  });

  it('never annotates the op-ed in ad-sized frames', async () => {
    const page = await openPage(h, `${h.baseUrl}/ads`);
    const frames = opedFrames(page);
    expect(frames.length).toBe(AD_SLOTS.length);
    await sleep(2500);
    for (const f of frames) expect(await highlightCount(f)).toBe(0);
    expect(await annotations(h, page)).toEqual({ article: { found: false, opEdId: null }, annotations: [] });
    expect(await badgeText(h, await tabIdOf(h, page))).toBe('');
    await page.close();
  });

  it('registers no listener on a page without frames, and the popup says it is not covered', async () => {
    const page = await openPage(h, `${h.baseUrl}/plain`);
    expect(await annotations(h, page)).toEqual({ article: { found: false, opEdId: null }, annotations: [] });
    const popup = await openPopup(h, await tabIdOf(h, page), '.message');
    await popup.waitForFunction((text: string) => document.body.textContent?.includes(text), { timeout: 10_000 }, NOT_COVERED);
    await popup.close();
    await page.close();
  });
});
