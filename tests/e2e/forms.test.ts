// The op-ed printed without <p>, as aggregators and older CMSs print syndicated text: one block with
// <br><br> between paragraphs, a text-only <div> per paragraph, or one `white-space: pre-line` block.
// Also as web components render it: the article's container moved into a shadow root (open or closed)
// on a plain <div> host or a custom element, with the template's other stories left in the light DOM.
// Each of the 30 corpus templates is served in each form (a page script rewrites the template's own
// op-ed paragraphs before the extension's document_idle gate runs), and must be recognised with its terms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPages, countsOf, termCounts } from '../shared/reading-oracle.ts';
import { OPED_PARAGRAPHS } from './pages.ts';
import { CORPUS_DIR } from '../shared/paths.ts';
import { annotations, openPage, startHarness, type Harness } from './harness.ts';

const FORMS = ['brs', 'divs', 'preline', 'shadow-open', 'shadow-closed', 'shadow-element'] as const;
type Form = (typeof FORMS)[number];

/** In the page: rewrites the op-ed paragraphs into `form` and records which paragraphs it moved. */
function rewrite(form: Form, opEd: string[]): void {
  const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  const wanted = new Set(opEd.map(norm));
  const holders = [...document.body.querySelectorAll('*')].filter((el) => {
    const text = norm(el.textContent ?? '');
    return wanted.has(text) && ![...el.children].some((c) => norm(c.textContent ?? '') === text) && !el.closest('[hidden]');
  });
  const texts = holders.map((el) => (el.textContent ?? '').trim());
  document.documentElement.setAttribute('data-moved', JSON.stringify(texts));
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

function generated(url: URL): string | null {
  const m = url.pathname.match(/^\/form\/([\w-]+)\/(.+)$/);
  if (!m) return null;
  const script = `<script>(${rewrite.toString()})(${JSON.stringify(m[1])}, ${JSON.stringify(OPED_PARAGRAPHS)});</script>`;
  return template(m[2]).replace(/<\/body>/i, `${script}</body>`);
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness(generated);
});
afterAll(async () => {
  await h?.close();
});

describe('the op-ed printed without <p>, or inside shadow roots', () => {
  for (const form of FORMS) {
    it(`is recognised with at least 98 % of its terms on every template (${form})`, async () => {
      const misses: string[] = [];
      for (const file of opEdPages) {
        const page = await openPage(h, `${h.baseUrl}/form/${form}/${file}`);
        const moved = JSON.parse((await page.getAttribute('html', 'data-moved')) ?? '[]') as string[];
        const res = await annotations(h, page);
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
