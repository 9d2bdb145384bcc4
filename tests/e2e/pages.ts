// Generated test pages: variants of real templates and dynamic pages, made from the op-ed text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OPED_PARAGRAPHS, OPED_TITLE } from '../shared/oped-text.ts';
import { CORPUS_DIR } from '../shared/paths.ts';

export { OPED_PARAGRAPHS, OPED_TITLE } from '../shared/oped-text.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A corpus template with the op-ed, transformed by `edit`. */
export function corpusVariant(page: string, edit: (html: string) => string): string {
  return edit(readFileSync(path.join(CORPUS_DIR, page, 'oped.html'), 'utf8'));
}

/** Straight quotes and hyphens instead of typographic ones, as many CMSs print them. */
export function straightQuotes(html: string): string {
  return html.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/–/g, '-');
}

/** Entity names split across links and emphasis, as editors mark them up. */
export function splitMarkup(html: string): string {
  return html
    .replace('People’s Mojahedin Organisation of Iran', 'People’s <a href="#mek"><em>Mojahedin</em> Organisation</a> of Iran')
    .replace('Islamic Revolutionary Guard Corps', '<strong>Islamic <span>Revolutionary</span></strong> Guard Corps')
    .replace('National Council of Resistance of Iran', '<a href="#ncri">National Council of <i>Resistance</i> of Iran</a>');
}

/** An advertisement and a related-links box between paragraphs, both naming dataset entries. */
export function adsBetweenParagraphs(html: string): string {
  const ad =
    '<div class="ad-slot"><span>Advertisement</span></div>' +
    '<div class="related-links"><h4>Related</h4><ul><li><a href="#">NCRI rally in Paris</a></li><li><a href="#">What the IRGC listing means</a></li></ul></div>';
  let count = 0;
  return html.replace(/(<\/p>)/g, (m) => (++count % 4 === 0 ? `${m}${ad}` : m));
}

/** A teaser: only the first `keep` op-ed paragraphs stay. */
export function teaser(html: string, keep = 3): string {
  let out = html;
  for (const p of OPED_PARAGRAPHS.slice(keep)) out = out.replace(escape(p), '').replace(p, '');
  return out;
}

/** A plain article page with the given paragraphs. */
export function articlePage(title: string, paragraphs: string[], extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title>${extraHead}</head>
<body><nav><a href="/">Home</a> <a href="#">NCRI</a> <a href="#">IRGC</a> <a href="#">MEK</a></nav>
<main><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article></main>
<footer>Tags: NCRI, MEK, IRGC, European Parliament, 1988, Brussels</footer></body></html>`;
}

/** A related article: not the op-ed, but about the same organisations, with one of its figures. */
export const RELATED_PARAGRAPHS = [
  'Supporters of the National Council of Resistance of Iran gathered in Berlin on Saturday, where speakers discussed the future of the opposition in exile and the situation of prisoners inside the country.',
  'The NCRI describes the People’s Mojahedin Organisation of Iran, known as the MEK, as its largest member. Tehran has long called the group a threat and has sentenced alleged supporters to death, according to rights groups.',
  'Several speakers urged European governments to follow the United States and Canada in listing the Islamic Revolutionary Guard Corps. Organisers said more than 2,500 people attended the rally, a figure police did not confirm.',
  'Critics of the group say its influence inside Iran is hard to measure. The organisers said they would return to Berlin next year, and invited members of the European Parliament to speak at the next event.',
];

/** An article that merely mentions 1988 and Brussels. */
export const UNRELATED_PARAGRAPHS = [
  'The Brussels transport authority announced on Monday that the tram line first opened in 1988 will close for three months of repairs, with buses replacing trams between the city centre and the northern suburbs.',
  'Officials said the work, which includes new rails and accessible platforms, had been delayed twice. Commuters were advised to allow extra time, and shops along the route will receive compensation under a scheme agreed last year.',
  'The city council also approved a new cycle lane along the same corridor. Construction is due to start after the tram works end, according to the transport authority, which expects the whole project to finish within two years.',
];

/** A page whose article is inserted by script `delayMs` after load, as client-rendered sites do. */
export function lateArticlePage(delayMs: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading…</title></head>
<body><div id="app"><p>Loading…</p></div><script>
const paragraphs = ${JSON.stringify(OPED_PARAGRAPHS)};
setTimeout(() => {
  const app = document.getElementById('app');
  app.innerHTML = '';
  const article = document.createElement('article');
  const h1 = document.createElement('h1'); h1.textContent = ${JSON.stringify(OPED_TITLE)}; article.append(h1);
  for (const text of paragraphs) { const p = document.createElement('p'); p.textContent = text; article.append(p); }
  app.append(article);
  window.__insertedAt = performance.now();
}, ${delayMs});
</script></body></html>`;
}

/**
 * A single-page site: /spa/oped shows the op-ed, /spa/other an unrelated article; links navigate with
 * history.pushState and re-render the article. It also re-renders the paragraphs on a timer, replacing
 * every text node, as framework pages do.
 */
export function spaPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SPA</title></head>
<body><nav><a id="to-other" href="/spa/other">Other</a> <a id="to-oped" href="/spa/oped">Op-ed</a></nav><main id="app"></main><script>
const articles = { '/spa/oped': ${JSON.stringify(OPED_PARAGRAPHS)}, '/spa/other': ${JSON.stringify(UNRELATED_PARAGRAPHS)} };
let renders = 0;
function render() {
  renders++;
  const app = document.getElementById('app');
  const article = document.createElement('article');
  for (const text of articles[location.pathname] || []) { const p = document.createElement('p'); p.textContent = text; article.append(p); }
  app.replaceChildren(article);
  window.__renders = renders;
}
document.addEventListener('click', (e) => {
  const a = e.target.closest('a'); if (!a) return;
  e.preventDefault(); history.pushState({}, '', a.getAttribute('href')); render();
});
window.addEventListener('popstate', render);
render();
window.__rerender = render;
</script></body></html>`;
}
