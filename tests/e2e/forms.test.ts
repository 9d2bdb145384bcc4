// The op-ed printed without <p>, as aggregators and older CMSs print syndicated text: one block with
// <br><br> between paragraphs, a text-only <div> per paragraph, or one `white-space: pre-line` block.
// Also as web components render it (the article's container moved into a shadow root, open or closed,
// on a plain <div> host or a custom element, the template's other stories left in the light DOM), and
// as partners embed it (the template, unchanged, in one large frame from another origin).
// Each of the 30 corpus templates is served in each form (a page script rewrites the template's own
// op-ed paragraphs before the extension's document_idle gate runs), and must be recognised with its terms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPages, countsOf, termCounts } from '../shared/reading-oracle.ts';
import { OPED_PARAGRAPHS } from './pages.ts';
import { CORPUS_DIR } from '../shared/paths.ts';
import type { Page } from 'playwright-core';
import type { AnnotationsResponse } from '../../lib/messages.ts';
import { serveTestPages } from '../shared/test-pages.ts';
import { annotations, openPage, startHarness, type Harness } from './harness.ts';

const FORMS = ['brs', 'divs', 'preline', 'shadow-open', 'shadow-closed', 'shadow-element', 'frame'] as const;
type Form = (typeof FORMS)[number];

/** In the page: rewrites the op-ed paragraphs into `form` ('as-is': none) and records which paragraphs it holds. */
function rewrite(form: Form | 'as-is', opEd: string[]): void {
  const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  const wanted = new Set(opEd.map(norm));
  const holders = [...document.body.querySelectorAll('*')].filter((el) => {
    const text = norm(el.textContent ?? '');
    return wanted.has(text) && ![...el.children].some((c) => norm(c.textContent ?? '') === text) && !el.closest('[hidden]');
  });
  const texts = holders.map((el) => (el.textContent ?? '').trim());
  document.documentElement.setAttribute('data-moved', JSON.stringify(texts));
  if (form === 'as-is' || form === 'frame') return;
  if (form.startsWith('shadow')) {
    // Web components: the article's container moves whole into a shadow root on a new host, a plain
    // <div> (open or closed root) or a custom element (closed root), as component frameworks render it.
    let box = holders[0].parentElement!;
    while (!holders.every((el) => box.contains(el))) box = box.parentElement!;
    if (form === 'shadow-element') customElements.define('x-story', class extends HTMLElement {});
    const host = document.createElement(form === 'shadow-element' ? 'x-story' : 'div');
    const root = host.attachShadow({ mode: form === 'shadow-open' ? 'open' : 'closed' });
    root.append(...box.childNodes);
    box.append(host);
    return;
  }
  if (form === 'divs') {
    for (const el of holders) {
      const div = document.createElement('div');
      div.className = el.className;
      div.textContent = el.textContent;
      el.replaceWith(div);
    }
    return;
  }
  const block = document.createElement('div');
  block.className = holders[0].className;
  if (form === 'preline') {
    block.style.whiteSpace = 'pre-line';
    block.textContent = texts.join('\n\n');
  } else {
    texts.forEach((t, i) => {
      if (i) block.append(document.createElement('br'), document.createElement('br'));
      block.append(t);
    });
  }
  holders[0].replaceWith(block);
  for (const el of holders.slice(1)) el.remove();
}

const { opEdPages } = corpusPages();
const template = (file: string) => readFileSync(path.join(CORPUS_DIR, file), 'utf8');

/** The other origin, serving the templates as they are: embeds are cross-origin. */
let other: { url: string; close(): Promise<void> };

/**
 * /form/<form>/<template>: the template rewritten in the page; /form/frame/<template>: a partner page
 * showing the template, as it is, in one 1000×700 frame from the other origin (a syndication embed).
 */
function generated(url: URL): string | null {
  const framed = url.pathname.match(/^\/form\/frame\/(.+)$/);
  if (framed) {
    const src = `${other.url}/form/as-is/${framed[1]}`;
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>From our partners</title></head><body><h1>From our partners</h1><iframe src="${src}" width="1000" height="700" style="border:0;display:block"></iframe></body></html>`;
  }
  const m = url.pathname.match(/^\/form\/([\w-]+)\/(.+)$/);
  if (!m) return null;
  const script = `<script>(${rewrite.toString()})(${JSON.stringify(m[1])}, ${JSON.stringify(OPED_PARAGRAPHS)});</script>`;
  return template(m[2]).replace(/<\/body>/i, `${script}</body>`);
}

let h: Harness;
beforeAll(async () => {
  other = await serveTestPages(generated);
  h = await startHarness(generated);
});
afterAll(async () => {
  await h?.close();
  await other?.close();
});

/** The paragraphs the rewrite recorded, in the page or in its frame from the other origin. */
async function movedIn(page: Page): Promise<string[]> {
  const frame = page.frames().find((f) => f.url().startsWith(other.url)) ?? page.mainFrame();
  await frame.waitForSelector('html[data-moved]', { state: 'attached' });
  return JSON.parse((await frame.getAttribute('html', 'data-moved')) ?? '[]') as string[];
}

/** The tab's answer, asked again while a frame's annotation is still on its way (the top page answers first). */
async function settled(page: Page): Promise<AnnotationsResponse> {
  let res = await annotations(h, page);
  for (let waited = 0; res.article.opEdId === null && waited < 10_000; waited += 250) {
    await page.waitForTimeout(250);
    res = await annotations(h, page);
  }
  return res;
}

describe('the op-ed printed without <p>, inside frames or inside shadow roots', () => {
  for (const form of FORMS) {
    it(`is recognised with at least 98 % of its terms on every template (${form})`, async () => {
      const misses: string[] = [];
      for (const file of opEdPages) {
        const page = await openPage(h, `${h.baseUrl}/form/${form}/${file}`);
        const moved = await movedIn(page);
        const res = await settled(page);
        await page.close();
        const expected = termCounts(moved.filter((t) => t.trim()));
        const wanted = Object.values(expected).reduce((a, b) => a + b, 0);
        const got = countsOf(res);
        const found = Object.entries(expected).reduce((n, [id, c]) => n + Math.min(c, got[id] ?? 0), 0);
        if (res.article.opEdId !== 'oped-why-iran-executes') misses.push(`${file}: not recognised (${moved.length} paragraphs moved)`);
        else if (found < 0.98 * wanted) misses.push(`${file}: ${found} of ${wanted} terms`);
      }
      expect(misses).toEqual([]);
    }, 300_000);
  }
});
