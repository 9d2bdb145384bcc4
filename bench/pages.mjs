// Synthetic pages for the benchmark, generated in memory and served by bench/run.mjs.
// Everything is deterministic (a seeded PRNG), so runs on different machines see the same pages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '../scripts/browser.mjs';
import { fillerParagraphs, prose, rng, WORDS } from './prose.mjs';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** The corpus templates (real news pages, with and without the op-ed) and their manifest.json. */
export const CORPUS_DIR = path.join(ROOT, 'tests/fixtures/corpus');
export const OPED = readFileSync(path.join(ROOT, 'assets/articles/oped-why-iran-executes.txt'), 'utf8');
export const OPED_TITLE = OPED.split('\n')[0];
export const OPED_PARAGRAPHS = OPED.split('\n').slice(1).filter(Boolean);
/** Characters of op-ed body text: the unit "1×" of article and page length. */
export const OPED_CHARS = OPED_PARAGRAPHS.join(' ').length;

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = `body{font:17px/1.55 Georgia,serif;margin:0;color:#1d1d1d}
header,footer{background:#f3f1ec;padding:12px 24px}nav ul{display:flex;gap:16px;list-style:none;margin:0;padding:0}
.layout{display:flex;gap:32px;max-width:1100px;margin:0 auto;padding:24px}main{flex:1;min-width:0}
aside{width:280px;font-size:14px}.comment{border-top:1px solid #ddd;padding:8px 0}
table{border-collapse:collapse;font-size:12px}td{border:1px solid #eee;padding:2px 4px}`;

/** A news page around an article body (`bodyHtml`) with optional extra sections. */
function page({ title = OPED_TITLE, bodyHtml, after = '', aside = '' }) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} | The Bench Ledger</title><style>${STYLE}</style></head>
<body>
<header><a class="logo" href="#">The Bench Ledger</a>
<nav aria-label="Sections"><ul><li><a href="#">World</a></li><li><a href="#">Europe</a></li><li><a href="#">Middle East</a></li><li><a href="#">Opinion</a></li><li><a href="#">Culture</a></li></ul></nav></header>
<div class="layout"><main>
<article class="story"><p class="kicker">Opinion</p><h1>${escape(title)}</h1>
<p class="byline">By a guest contributor · 11 December 2025</p>
<div class="story-body">
${bodyHtml}
</div></article>
${after}
</main>${aside ? `<aside>${aside}</aside>` : ''}</div>
<footer><p>© The Bench Ledger. <a href="#">Terms</a> · <a href="#">Privacy</a> · <a href="#">Contact</a></p></footer>
</body></html>`;
}

const opedBody = (times = 1) => {
  const out = [];
  for (let i = 0; i < times; i++) for (const p of OPED_PARAGRAPHS) out.push(`<p>${escape(p)}</p>`);
  return out.join('\n');
};

/** A comment thread adding about `chars` characters of reader comments. */
function comments(random, chars) {
  const items = [];
  let total = 0;
  for (let i = 1; total < chars; i++) {
    const text = prose(random, 150 + Math.floor(random() * 500));
    total += text.length;
    items.push(`<li class="comment" id="comment-${i}"><p class="comment-author">Reader ${i}</p><div class="comment-body"><p>${text}</p></div><a class="reply" href="#comment-${i}">Reply</a></li>`);
  }
  return `<section class="comments" id="comments"><h2>Comments (${items.length})</h2><ol class="comment-list">\n${items.join('\n')}\n</ol></section>`;
}

/** A table of short cells adding `elements` elements (rows of 4 cells: 5 elements per row). */
function bigTable(random, elements) {
  const rows = [];
  for (let r = 0; r * 5 < elements; r++) {
    const w = () => WORDS[Math.floor(random() * WORDS.length)];
    rows.push(`<tr><td>${r + 1}</td><td>${w()} ${w()}</td><td>${w()}</td><td>${Math.floor(random() * 1000)}</td></tr>`);
  }
  return `<section class="data"><h2>Market data</h2><table><tbody>\n${rows.join('\n')}\n</tbody></table></section>`;
}

/**
 * The synthetic pages: name → { html, hasOped, group, articleX?, pageX?, note }.
 * - oped-1x: the op-ed on a clean page (the base of the scaling rows)
 * - oped-article-{10,100}x: the article itself grown (the op-ed's paragraphs repeated)
 * - oped-page-{10,100}x: the op-ed inside a page 10×/100× its length (reader comments)
 * - text-5mb[-oped]: 5 MB of article prose, without and with the op-ed leading the article
 * - elements-100k[-oped]: 100,000 extra elements (a data table), without and with the op-ed
 */
export function syntheticPages() {
  const pages = {};
  pages['oped-1x'] = { html: page({ bodyHtml: opedBody(1) }), hasOped: true, articleX: 1, note: 'the op-ed on a clean page' };
  for (const x of [10, 100]) {
    pages[`oped-article-${x}x`] = { html: page({ bodyHtml: opedBody(x) }), hasOped: true, articleX: x, note: `article = op-ed paragraphs repeated ${x}×` };
  }
  for (const x of [10, 100]) {
    const random = rng(1000 + x);
    pages[`oped-page-${x}x`] = {
      html: page({ bodyHtml: opedBody(1), after: comments(random, (x - 1) * OPED_CHARS) }),
      hasOped: true,
      pageX: x,
      note: `op-ed + ${x - 1}× its length in reader comments`,
    };
  }
  const FIVE_MB = 5 * 1024 * 1024;
  {
    const random = rng(5);
    const filler = fillerParagraphs(random, FIVE_MB - 4000).map((p) => `<p>${p}</p>`).join('\n');
    pages['text-5mb'] = {
      html: page({ title: 'A long report on rivers, harbours and railways', bodyHtml: filler }),
      hasOped: false,
      note: '5 MB of article prose, no op-ed, no subject names',
    };
    pages['text-5mb-oped'] = {
      html: page({ bodyHtml: `${opedBody(1)}\n${filler}` }),
      hasOped: true,
      note: 'the op-ed followed by 5 MB of prose in the same article body',
    };
  }
  {
    const random = rng(100);
    const table = bigTable(random, 100_000);
    const shortStory = fillerParagraphs(rng(7), 3000, 500).map((p) => `<p>${p}</p>`).join('\n');
    pages['elements-100k'] = {
      html: page({ title: 'Market data for the season', bodyHtml: shortStory, after: table }),
      hasOped: false,
      note: 'a short story + a 100,000-element table, no op-ed',
    };
    pages['elements-100k-oped'] = {
      html: page({ bodyHtml: opedBody(1), after: table }),
      hasOped: true,
      note: 'the op-ed + a 100,000-element table',
    };
  }
  return pages;
}

/** Serves the corpus under /corpus/ and the synthetic pages under /synthetic/NAME.html on 127.0.0.1. */
export async function serveBenchPages() {
  const synthetic = syntheticPages();
  const bodies = Object.fromEntries(Object.entries(synthetic).map(([k, v]) => [k, Buffer.from(v.html)]));
  const server = await serve({ '/corpus/': CORPUS_DIR }, (url, res) => {
    const m = url.pathname.match(/^\/synthetic\/([\w-]+)\.html$/);
    if (!m || !bodies[m[1]]) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(bodies[m[1]]);
    return true;
  });
  return { server, synthetic };
}
