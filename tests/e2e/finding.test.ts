// Finding the article on pages the corpus does not show: syndication variants of real templates,
// related and unrelated articles, articles rendered late, single-page navigation and re-renders.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotations, highlightTexts, openPage, startHarness, type Harness } from './harness.ts';
import {
  adsBetweenParagraphs,
  articlePage,
  corpusVariant,
  lateArticlePage,
  RELATED_PARAGRAPHS,
  spaPage,
  splitMarkup,
  straightQuotes,
  teaser,
  UNRELATED_PARAGRAPHS,
} from './pages.ts';

const TEMPLATES = ['bbc-1', 'guardian-1', 'nytimes-2', 'wordpress', 'theverge', 'engadget'];
const VARIANTS: Record<string, (html: string) => string> = {
  straight: straightQuotes,
  split: splitMarkup,
  ads: adsBetweenParagraphs,
  teaser: (html) => teaser(html, 4),
  // The site's name as the whole <title>: the headline is only in the page.
  retitled: (html) => html.replace(/<title>[\s\S]*?<\/title>/i, '<title>Example News</title>'),
  all: (html) => teaser(adsBetweenParagraphs(splitMarkup(straightQuotes(html))), 5),
};

function generated(url: URL): string | null {
  const variant = url.pathname.match(/^\/variant\/([\w-]+)\/(\w+)$/);
  if (variant) return corpusVariant(variant[1], VARIANTS[variant[2]]);
  if (url.pathname === '/related') return articlePage('Iranian opposition rallies in Berlin', RELATED_PARAGRAPHS);
  if (url.pathname === '/unrelated') return articlePage('Tram line to close for repairs', UNRELATED_PARAGRAPHS);
  if (url.pathname === '/late') return lateArticlePage(1500);
  if (url.pathname.startsWith('/spa/')) return spaPage();
  return null;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(generated);
});
afterAll(async () => {
  await h?.close();
});

describe('syndication variants of real templates', () => {
  for (const template of TEMPLATES) {
    for (const variant of Object.keys(VARIANTS)) {
      it(`recognises the op-ed on ${template} (${variant})`, async () => {
        const page = await openPage(h, `${h.baseUrl}/variant/${template}/${variant}`);
        const res = await annotations(h, page);
        expect(res.article.opEdId).toBe('oped-why-iran-executes');
        const ids = new Set(res.annotations.map((a) => a.entryId));
        expect(ids).toContain('ncri');
        expect(ids).toContain('executions-since-2024');
        if (variant !== 'teaser') expect(ids).toContain('mek');
        if (variant === 'split' || variant === 'all') {
          expect(res.annotations.map((a) => a.text)).toContain(variant === 'all' ? "People's Mojahedin Organisation of Iran" : 'People’s Mojahedin Organisation of Iran');
        }
        if (variant === 'ads') {
          // The related-links boxes between paragraphs name the NCRI and the IRGC: never highlighted.
          const inBoxes = await page.evaluate(() => {
            let n = 0;
            for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
              if (!name.startsWith('backstory-')) continue;
              for (const r of hl) if ((r.startContainer.parentElement as Element).closest('.related-links, .ad-slot')) n++;
            }
            return n;
          });
          expect(inBoxes).toBe(0);
        }
        await page.close();
      });
    }
  }
});

describe('articles that are not the op-ed', () => {
  it('highlights names, not the op-ed’s statistics, in a related article', async () => {
    const page = await openPage(h, `${h.baseUrl}/related`);
    const res = await annotations(h, page);
    expect(res.article).toEqual({ found: true, opEdId: null });
    const kinds = new Set(res.annotations.map((a) => a.kind));
    expect(kinds.has('statistic')).toBe(false);
    expect(new Set(res.annotations.map((a) => a.entryId))).toEqual(new Set(['ncri', 'mek', 'irgc', 'european-parliament']));
    // The navigation and footer name entries too; only the article is highlighted.
    expect(res.annotations.map((a) => a.text)).not.toContain('IRGC');
    await page.close();
  });

  it('leaves an article that merely mentions 1988 and Brussels alone', async () => {
    const page = await openPage(h, `${h.baseUrl}/unrelated`);
    const res = await annotations(h, page);
    expect(res.annotations).toEqual([]);
    expect(await highlightTexts(page)).toEqual({});
    await page.close();
  });
});

describe('dynamic pages', () => {
  it('annotates an article inserted after load within a second', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/late`);
    await page.waitForFunction(() => (window as unknown as { __insertedAt?: number }).__insertedAt, null, { timeout: 5000 });
    const inserted = await page.evaluate(() => (window as unknown as { __insertedAt: number }).__insertedAt);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), null, { timeout: 3000, polling: 20 });
    const painted = await page.evaluate(() => performance.now());
    expect(painted - inserted).toBeLessThan(1000);
    expect((await annotations(h, page)).article.opEdId).toBe('oped-why-iran-executes');
    await page.close();
  });

  it('drops the old highlights and annotates the new article on single-page navigation', async () => {
    const errors: string[] = [];
    const page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${h.baseUrl}/spa/oped`);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), null, { timeout: 5000 });
    await page.click('#to-other');
    await expect.poll(async () => (await annotations(h, page)).annotations.length, { timeout: 3000 }).toBe(0);
    expect(await highlightTexts(page)).toEqual({});
    await page.click('#to-oped');
    await expect.poll(async () => (await annotations(h, page)).article.opEdId, { timeout: 3000 }).toBe('oped-why-iran-executes');
    expect(Object.values(await highlightTexts(page)).flat().length).toBeGreaterThan(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows a framework re-rendering the article’s text', async () => {
    const errors: string[] = [];
    const page = await h.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${h.baseUrl}/spa/oped`);
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), null, { timeout: 5000 });
    const before = (await annotations(h, page)).annotations.length;
    await page.evaluate(() => (window as unknown as { __rerender: () => void }).__rerender());
    // The old ranges now point at detached nodes; the highlights must be rebuilt on the new ones.
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            let live = 0;
            for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
              // Ranges with a letter or digit: the joins between occurrences of one term are not counted.
              if (name.startsWith('backstory-')) for (const r of hl) if (r.startContainer.isConnected && /[\p{L}\p{N}]/u.test(r.toString())) live++;
            }
            return live;
          }),
        { timeout: 3000 },
      )
      .toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});
