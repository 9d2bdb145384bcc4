// The hover card a reader takes in at a glance, measured in numbers: every entry's collapsed card fits
// 260 px with no inner scroll and its close button in view; the card never covers a line of its term
// (edges of the viewport, a term on two lines, the bottom sheet on a phone); it follows the page's
// tone; and axe finds nothing, collapsed or expanded.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../lib/dataset/types.ts';
import { luminance, parseColor } from '../../lib/ui/contrast.ts';
import { CARD_CONTEXT, runAxe } from './axe.ts';
import { annotations, harnessPerFile, openPage, ROOT, tabIdOf } from './harness.ts';
import { articlePage, OPED_PARAGRAPHS, OPED_TITLE } from './pages.ts';

const DATASET = JSON.parse(readFileSync(path.join(ROOT, 'assets/dataset/dataset.json'), 'utf8')) as Dataset;
const MAX_COLLAPSED = 260;

// The demo names most entries; this copy adds one paragraph naming every entry, so each card can be opened.
const ALL_ENTRIES_DEMO = readFileSync(path.join(ROOT, 'demo/index.html'), 'utf8').replace(
  /(<\/p>\s*<\/div>\s*<p class="disclaimer">)/,
  `</p><p>Also named: ${DATASET.entries.filter((e) => e.kind !== 'article').map((e) => e.aliases[0]).join('; ')}.$1`,
);

function generated(url: URL): string | null {
  if (url.pathname === '/demo/all.html') return ALL_ENTRIES_DEMO;
  const page = (style: string) => articlePage(OPED_TITLE, OPED_PARAGRAPHS, `<style>${style}</style>`);
  if (url.pathname === '/dark') return page('body{background:#121417;color:#e8e8e8}');
  if (url.pathname === '/plain') return page('');
  // Full-width justified lines put terms against both edges; the padding lets any line scroll to the top or bottom.
  if (url.pathname === '/edges') return page('body{margin:0;padding:100vh 0;font:20px/1.5 serif} article{padding:0 3px;text-align:justify}');
  return null;
}

const harness = harnessPerFile(generated);
/** Opens one of the served pages by its path. */
const open = (pathname: string) => openPage(harness(), `${harness().baseUrl}${pathname}`);

const card = (page: Page) => page.locator('backstory-card-host [role="dialog"]');

/** In the page: the open card's box, its close button's and pointer's, the largest inner overflow, and its background. */
function cardGeometryHere(): {
  card: DOMRect; close: DOMRect; arrow: DOMRect | null; overflow: number; view: { width: number; height: number }; background: string;
} | null {
  const root = document.querySelector('backstory-card-host')?.shadowRoot;
  const el = root?.querySelector('[role="dialog"]');
  if (!root || !el) return null;
  // Any element of the card that scrolls (overflow not visible) and has more content than room.
  const overflow = Math.max(0, ...[el, ...el.querySelectorAll('*')]
    .filter((n) => getComputedStyle(n).overflowY !== 'visible')
    .map((n) => n.scrollHeight - n.clientHeight));
  const arrow = root.querySelector('.arrow');
  return {
    card: el.getBoundingClientRect().toJSON(),
    close: root.querySelector('button.close')!.getBoundingClientRect().toJSON(),
    arrow: arrow ? arrow.getBoundingClientRect().toJSON() : null,
    overflow,
    view: { width: innerWidth, height: innerHeight },
    background: getComputedStyle(el).backgroundColor,
  };
}
const geometry = (page: Page) => page.evaluate(cardGeometryHere);

type Box = { left: number; top: number; right: number; bottom: number };
const intersects = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
const viewBox = (v: { width: number; height: number }): Box => ({ left: 0, top: 0, right: v.width, bottom: v.height });

const focusEntry = async (page: Page, entryId: string) => {
  const id = await tabIdOf(harness(), page);
  return harness().worker.evaluate(({ tab, e }) => chrome.tabs.sendMessage(tab, { type: 'annotations/focus', entryId: e }), { tab: id, e: entryId });
};
const openEntry = async (page: Page, entryId: string, label: string) => {
  await focusEntry(page, entryId);
  await expect.poll(() => card(page).locator('h2').textContent(), { timeout: 5000 }).toBe(label);
};

describe('the collapsed card', () => {
  it('fits 260 px at 1280×900 for every entry, with no inner scroll and its close button in view', async () => {
    const page = await open('/demo/all.html');
    const onPage = new Set((await annotations(harness(), page)).annotations.map((a) => a.entryId));
    const entries = DATASET.entries.filter((e) => e.kind !== 'article');
    // The page carries every highlighted entry, so this walks the whole dataset.
    expect(entries.filter((e) => !onPage.has(e.id)).map((e) => e.id)).toEqual([]);
    const heights: Record<string, number> = {};
    for (const entry of entries) {
      await openEntry(page, entry.id, entry.label);
      const g = (await geometry(page))!;
      heights[entry.id] = Math.round(g.card.height);
      expect.soft(g.overflow, entry.id).toBe(0);
      expect.soft(inside(g.close, g.card) && inside(g.close, viewBox(g.view)), entry.id).toBe(true);
    }
    expect(Object.entries(heights).filter(([, height]) => height > MAX_COLLAPSED)).toEqual([]);
    expect(Object.keys(heights)).toHaveLength(entries.length);
    await page.close();
  });
});

/** In the page: every highlighted term in document order, with its client rects (one per line box). */
function termsHere(): { text: string; rects: DOMRect[] }[] {
  const ranges: Range[] = [];
  // Terms only: not the current-term mark, nor the punctuation joining two parts of one term.
  for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (name.startsWith('backstory-') && !name.includes('-current')) ranges.push(...[...hl].filter((r) => /[\p{L}\p{N}]/u.test(r.toString())));
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return ranges.map((r) => ({ text: r.toString(), rects: [...r.getClientRects()].map((b) => b.toJSON()) }));
}
const terms = (page: Page) => page.evaluate(termsHere);
const lines = (rects: DOMRect[]) => new Set(rects.map((r) => Math.round(r.top))).size;

/**
 * Scrolls term `index` so its first box's top sits at `top` (or its last box's bottom at `-top`
 * from the bottom), hovers it, and checks the card against every box of the term and the viewport.
 */
async function hoverAndCheck(page: Page, index: number, top: number | 'centre', expand = false) {
  await page.keyboard.press('Escape');
  await card(page).waitFor({ state: 'detached', timeout: 3000 });
  await page.mouse.move(1, 1);
  // Let the hover logic (one check per animation frame) see the pointer leave before it comes back.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const before = (await terms(page))[index].rects;
  const height = await page.evaluate(() => innerHeight);
  const first = before[0];
  const last = before[before.length - 1];
  const wanted = top === 'centre' ? height / 2 - first.height / 2 : top >= 0 ? top : height + top - (last.bottom - first.top);
  await page.evaluate((dy) => scrollBy(0, dy), first.top - wanted);
  const rects = (await terms(page))[index].rects;
  await page.mouse.move(rects[0].left + rects[0].width / 2, rects[0].top + rects[0].height / 2);
  await card(page).waitFor({ state: 'visible', timeout: 5000 });
  if (expand) await card(page).getByRole('button', { name: 'More' }).click();
  const g = (await geometry(page))!;
  const now = (await terms(page))[index].rects;
  return { g, rects: now, covered: now.filter((r) => intersects(g.card, r) || (g.arrow && intersects(g.arrow, r))).length };
}

describe('placement', () => {
  it('never covers a line of the term, at the top, bottom, left and right edges of the viewport', async () => {
    const page = await open('/edges');
    const all = await terms(page);
    const single = all.findIndex((t) => lines(t.rects) === 1 && t.rects[0].width > 30);
    const leftmost = all.reduce((best, t, i) => (t.rects[0].left < all[best].rects[0].left ? i : best), 0);
    const rightmost = all.reduce((best, t, i) => (t.rects.at(-1)!.right > all[best].rects.at(-1)!.right ? i : best), 0);
    const width = await page.evaluate(() => innerWidth);
    // The page puts terms against both edges of the viewport.
    expect(all[leftmost].rects[0].left).toBeLessThan(10);
    expect(all[rightmost].rects.at(-1)!.right).toBeGreaterThan(width - 10);
    const cases = [
      { name: 'top', at: await hoverAndCheck(page, single, 2) },
      { name: 'bottom', at: await hoverAndCheck(page, single, -2) },
      { name: 'left', at: await hoverAndCheck(page, leftmost, 'centre') },
      { name: 'right', at: await hoverAndCheck(page, rightmost, 'centre') },
      { name: 'expanded, top', at: await hoverAndCheck(page, single, 2, true) },
      { name: 'expanded, centre', at: await hoverAndCheck(page, single, 'centre', true) },
    ];
    for (const { name, at } of cases) {
      expect.soft(at.covered, name).toBe(0);
      expect.soft(inside(at.g.card, viewBox(at.g.view)), name).toBe(true);
      expect.soft(at.g.arrow, `${name}: a pointer toward the term`).not.toBeNull();
    }
    // Top and bottom edges: the card went below and above the term.
    expect(cases[0].at.g.card.top).toBeGreaterThanOrEqual(cases[0].at.rects[0].bottom);
    expect(cases[1].at.g.card.bottom).toBeLessThanOrEqual(cases[1].at.rects[0].top);
    await page.close();
  });

  it('at 390 px becomes a full-width sheet that never covers either line of a wrapped term', async () => {
    const page = await open('/edges');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await terms(page)).some((t) => lines(t.rects) === 2), { timeout: 3000 }).toBe(true);
    const wrapped = (await terms(page)).findIndex((t) => lines(t.rects) === 2);
    const cases = [
      await hoverAndCheck(page, wrapped, 40),
      await hoverAndCheck(page, wrapped, 'centre'),
      await hoverAndCheck(page, wrapped, -40),
      await hoverAndCheck(page, wrapped, -40, true),
    ];
    for (const [i, at] of cases.entries()) {
      expect.soft(lines(at.rects), `case ${i}`).toBe(2);
      expect.soft(at.covered, `case ${i}`).toBe(0);
      expect.soft(Math.round(at.g.card.width), `case ${i}`).toBe(390);
      expect.soft(inside(at.g.card, viewBox(at.g.view)), `case ${i}`).toBe(true);
      expect.soft(inside(at.g.close, viewBox(at.g.view)), `case ${i}`).toBe(true);
    }
    // With room below the term, the sheet sits at the bottom of the viewport.
    expect(Math.round(cases[0].g.card.bottom)).toBe(844);
    await page.close();
  });
});

describe('the expanded card', () => {
  it('keeps its header and close button in view, scrolls only its body, and never exceeds the viewport', async () => {
    const page = await open('/demo/');
    const stat = DATASET.entries.find((e) => e.id === 'stat-1988-toll')!;
    await openEntry(page, stat.id, stat.label);
    const more = card(page).getByRole('button', { name: 'More' });
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const collapsed = (await geometry(page))!;
    const button = (await more.boundingBox())!;
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    const expanded = (await geometry(page))!;
    expect(expanded.card.height).toBeGreaterThan(collapsed.card.height);
    expect(expanded.card.height).toBeLessThanOrEqual(expanded.view.height);
    // In place: the button the reader clicked stays under the pointer, and the term stays uncovered.
    expect(await more.boundingBox()).toEqual(button);
    const term = (await terms(page)).find((t) => t.text === 'approximately 30,000 political prisoners')!;
    expect(term.rects.filter((r) => intersects(expanded.card, r))).toEqual([]);
    await card(page).locator('.card-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    const scrolled = (await geometry(page))!;
    expect(inside(scrolled.close, scrolled.card) && inside(scrolled.close, viewBox(scrolled.view))).toBe(true);
    // Everything the details hold is there, once: the claim, every figure, the sources, the correction link.
    const text = (await card(page).textContent())!;
    expect(text.split(stat.claim!.text).length - 1).toBe(1);
    expect(text.split(stat.label).length - 1).toBe(1);
    expect(await card(page).locator('tbody tr').count()).toBe(stat.figures!.length);
    expect(await card(page).locator('.sources a').count()).toBe(stat.sources.length);
    expect(await card(page).getByRole('link', { name: 'Suggest a correction' }).getAttribute('href')).toContain('127.0.0.1');
    await page.close();
  });
});

describe('tone', () => {
  const backgroundLuminance = async (page: Page) => {
    const entry = DATASET.entries.find((e) => e.id === 'irgc')!;
    await openEntry(page, entry.id, entry.label);
    return luminance(parseColor((await geometry(page))!.background)!);
  };

  it('is dark on a dark page and light on a light one', async () => {
    const dark = await open('/dark');
    await expect.poll(async () => (await dark.evaluate(() => [...CSS.highlights.keys()])).some((n) => n.endsWith('-dark')), { timeout: 3000 }).toBe(true);
    expect(await backgroundLuminance(dark)).toBeLessThan(0.2);
    await dark.close();
    const light = await open('/demo/');
    expect(await backgroundLuminance(light)).toBeGreaterThan(0.8);
    await light.close();
  });

  it('follows a dark colour scheme where the page paints no background, and the page where it does', async () => {
    const plain = await open('/plain');
    await plain.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundLuminance(plain)).toBeLessThan(0.2);
    await plain.close();
    const light = await open('/demo/');
    await light.emulateMedia({ colorScheme: 'dark' });
    expect(await backgroundLuminance(light)).toBeGreaterThan(0.8);
    await light.close();
  });
});

describe('accessibility (axe-core)', () => {
  it('finds no violations in a statistic card, collapsed and expanded, light and dark', async () => {
    for (const url of ['/demo/', '/dark']) {
      const page = await open(url);
      const stat = DATASET.entries.find((e) => e.id === 'executions-since-2024')!;
      await openEntry(page, stat.id, stat.label);
      expect(await runAxe(page, CARD_CONTEXT), `${url} collapsed`).toEqual([]);
      await card(page).getByRole('button', { name: 'More' }).click();
      expect(await runAxe(page, CARD_CONTEXT), `${url} expanded`).toEqual([]);
      await page.close();
    }
  });
});
