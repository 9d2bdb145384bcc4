import type { IsHidden } from './visibility.ts';

/** Tags whose text is never the article's prose. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'KBD', 'SAMP',
]);

/** Tags that end a run of inline text: an alias never spans two of them. */
export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'SECTION',
  'ARTICLE', 'HEADER', 'MAIN', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'HR', 'BR',
  'ADDRESS', 'DETAILS', 'SUMMARY', 'CAPTION', 'CENTER', 'FIELDSET', 'LEGEND', 'IMG', 'PICTURE',
]);

/**
 * Class/id words that mark page furniture (after Readability's "unlikely candidates"), unless the same
 * class also says it is the article (Readability's "ok maybe it's a candidate").
 */
const FURNITURE =
  /comment|disqus|sidebar|related|share|sharing|social|promo|advert|sponsor|recommend|outbrain|taboola|breadcrumb|popular|trending|most-?read|footer|menu|(^|[\s_-])nav([\s_-]|$)|(^|[\s_-])ads?([\s_-]|$)/i;
const ARTICLE_HINT = /article|body|content|main|column|story|entry|post|text|prose/i;

const furnitureCache = new Map<string, boolean>();

/** True for class/id names that mark page furniture and do not also mark the article. */
export function isFurnitureName(name: string): boolean {
  // Pages repeat a few class names thousands of times: test each distinct name once.
  let verdict = furnitureCache.get(name);
  if (verdict === undefined) {
    verdict = FURNITURE.test(name) && !ARTICLE_HINT.test(name);
    if (furnitureCache.size > 4096) furnitureCache.clear();
    furnitureCache.set(name, verdict);
  }
  return verdict;
}

/** Length of the text of all links under `el`. */
export function linkTextLength(el: Element): number {
  let links = 0;
  for (const a of el.getElementsByTagName('a')) links += (a.textContent ?? '').length;
  return links;
}

/** A list whose text is mostly links is a list of headlines, not prose. */
function isLinkList(el: Element): boolean {
  const total = (el.textContent ?? '').length;
  return total > 0 && linkTextLength(el) / total > 0.5;
}

/** Upper-case tag name; HTML elements already have one, so only SVG, MathML and XHTML pay for it. */
export function tagOf(el: Element): string {
  const tag = el.tagName;
  return tag.charCodeAt(0) >= 97 ? tag.toUpperCase() : tag;
}

/** True for an element whose subtree is never article prose (scripts, editors, furniture, hidden nodes). */
export function isSkippedElement(el: Element, isHidden: IsHidden): boolean {
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return true;
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner') return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  if ((cls || el.id) && isFurnitureName(`${cls} ${el.id}`)) return true;
  if ((tag === 'UL' || tag === 'OL') && isLinkList(el)) return true;
  return isHidden(el);
}

/**
 * Captions, galleries and teaser cards hold paragraphs too, often more of them than a short article:
 * they never score (the text map still reads a caption inside the article).
 */
export const NOT_PROSE = 'figure, figcaption, [class*="gallery" i], [class*="carousel" i], [class*="slideshow" i], [class*="teaser" i]';
/**
 * True when `el` or an ancestor in its own tree is NOT_PROSE, as `el.closest(NOT_PROSE)`. Sibling
 * paragraphs share ancestors, and matching six selectors at every level for every paragraph was the
 * finder's costliest native call on news pages: each ancestor is matched once per page.
 */
export function inNotProse(el: Element, seen: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let verdict = false;
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    const known = seen.get(cur);
    if (known !== undefined) { verdict = known; break; }
    path.push(cur);
    if (cur.matches(NOT_PROSE)) { verdict = true; break; }
  }
  for (const cur of path) seen.set(cur, verdict);
  return verdict;
}
