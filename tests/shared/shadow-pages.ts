// Pages built from web components, with the op-ed rendered inside shadow roots: an open root, a closed
// root, nested roots with a slot, and a closed root on a plain <div> beside other stories in the light DOM. Shared by the Chromium and Firefox shadow-DOM tests. Each page
// keeps its roots on `window.__roots` (closed ones included) so the tests can look inside, and adopts
// a stylesheet of its own into each, which the extension must leave in place.
import { UNRELATED_PARAGRAPHS } from '../e2e/pages.ts';
import { OPED_PARAGRAPHS, OPED_TITLE } from './oped-text.ts';

/** The ways a component renders the article. */
export const SHADOW_KINDS = ['open', 'closed', 'nested', 'beside'] as const;
export type ShadowKind = (typeof SHADOW_KINDS)[number];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraphs = OPED_PARAGRAPHS.map((p) => `<p>${escape(p)}</p>`).join('');

/** The component scripts: each attaches its root in the constructor, as frameworks do. */
const SCRIPTS: Record<ShadowKind, string> = {
  open: `customElements.define('x-oped', class extends HTMLElement {
  constructor() { super(); const r = this.attachShadow({ mode: 'open' }); adopt(r); r.innerHTML = ARTICLE; }
});`,
  closed: `customElements.define('x-oped', class extends HTMLElement {
  constructor() { super(); const r = this.attachShadow({ mode: 'closed' }); adopt(r); r.innerHTML = ARTICLE; }
});`,
  // The paragraphs sit in the outer root, slotted into an inner component's closed root.
  nested: `customElements.define('x-frame', class extends HTMLElement {
  constructor() { super(); const r = this.attachShadow({ mode: 'closed' }); adopt(r); r.innerHTML = '<div class="story"><slot></slot></div>'; }
});
customElements.define('x-oped', class extends HTMLElement {
  constructor() { super(); const r = this.attachShadow({ mode: 'open' }); adopt(r); r.innerHTML = '<article><h1>' + TITLE + '</h1><x-frame>' + PARAS + '</x-frame></article>'; }
});`,
  // No custom element: a script closes a root on an empty <div>, while the site's other stories (an
  // article's worth of long paragraphs, none about the subject) stay in the light DOM.
  beside: `{ const r = document.getElementById('story').attachShadow({ mode: 'closed' }); adopt(r); r.innerHTML = ARTICLE; }`,
};

/** The site's other stories, in the light DOM of the 'beside' page. */
const OTHER_STORIES = `<section class="stories">${[...UNRELATED_PARAGRAPHS, ...UNRELATED_PARAGRAPHS].map((p) => `<p>${escape(p)}</p>`).join('')}</section>`;

/** A web-component page: light DOM with furniture only, the op-ed inside shadow roots. */
export function shadowPage(kind: ShadowKind): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(OPED_TITLE)}</title></head>
<body><nav><a href="/">Home</a> <a href="#">World</a></nav><main>${kind === 'beside' ? `<div id="story"></div>${OTHER_STORIES}` : '<x-oped></x-oped>'}</main><footer><p>© Example News</p></footer>
<script>
const TITLE = ${JSON.stringify(escape(OPED_TITLE))};
const PARAS = ${JSON.stringify(paragraphs)};
const ARTICLE = '<article><h1>' + TITLE + '</h1>' + PARAS + '</article>';
window.__roots = [];
function adopt(root) {
  const own = new CSSStyleSheet();
  own.replaceSync('p { line-height: 1.6; font: 18px/1.6 serif; } .page-own {}');
  root.adoptedStyleSheets = [own];
  window.__roots.push(root);
}
${SCRIPTS[kind]}
// A framework re-render: the root holding the article gets new nodes for the same text.
window.__rerender = () => { const r = window.__roots[0]; r.innerHTML = r.innerHTML; };
</script></body></html>`;
}

/**
 * A component that renders the op-ed into its (closed) root 800 ms after load, with no change to the
 * light DOM: only an observer of that root sees the article arrive.
 */
export function lateShadowPage(): string {
  return shadowPage('closed').replace(
    "r.innerHTML = ARTICLE;",
    "r.innerHTML = '<p>Loading…</p>'; setTimeout(() => { r.innerHTML = ARTICLE; window.__insertedAt = performance.now(); }, 800);",
  );
}

/** Serves /shadow/<kind> and /shadow-late. */
export function shadowPages(url: URL): string | null {
  if (url.pathname === '/shadow-late') return lateShadowPage();
  const m = url.pathname.match(/^\/shadow\/(\w+)$/);
  return m && (SHADOW_KINDS as readonly string[]).includes(m[1]) ? shadowPage(m[1] as ShadowKind) : null;
}

/** In the page: per root of `window.__roots`, whether its adopted sheets hold ours and the page's own (in that order). */
export function adoptedSheetsHere(): { ours: boolean; own: boolean; ownFirst: boolean }[] {
  const roots = (window as unknown as { __roots: ShadowRoot[] }).__roots;
  return roots.map((root) => {
    const texts = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n'));
    const ours = texts.findIndex((t) => t.includes('::highlight(backstory-7c1e-'));
    const own = texts.findIndex((t) => t.includes('.page-own'));
    return { ours: ours !== -1, own: own !== -1, ownFirst: own === 0 };
  });
}

/** In the page: the texts of our highlights' ranges that lie inside shadow trees, and how many lie outside. */
export function shadowHighlightsHere(): { inside: string[]; outside: number } {
  const inside: string[] = [];
  let outside = 0;
  for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of h) {
      if (!/[\p{L}\p{N}]/u.test(r.toString())) continue; // the joins between occurrences of one term
      if (r.startContainer.getRootNode() instanceof ShadowRoot) inside.push(r.toString());
      else outside++;
    }
  }
  return { inside, outside };
}

/** In the page: our highlights' ranges (with a letter or digit) whose text nodes are still in the page. */
export function liveHighlightsHere(): number {
  let live = 0;
  for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (name.startsWith('backstory-')) for (const r of h) if (r.startContainer.isConnected && /[\p{L}\p{N}]/u.test(r.toString())) live++;
  }
  return live;
}
