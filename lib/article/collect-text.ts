import { foldCodeKeepCase, isIgnorableCode, isSpaceCode } from '../text/normalise-char';
import type { IsHidden } from './visibility';
import { runSync, type Steps } from '../schedule/run-steps';

/**
 * The article's visible text, normalised (typography folded, space runs collapsed), with a map back
 * to the live text nodes. Built read-only: the page's nodes are never touched.
 */
export interface TextMap {
  text: string;
  /** Text nodes in document order, and the normalised index where each one's text begins. */
  nodes: Text[];
  nodeStarts: number[];
  /** A normalised character's offset inside its own text node (-1 for block separators). */
  offsetAt(index: number): number;
}

/** Characters per storage chunk: text is kept in fixed chunks, so a 5 MB article never copies or reallocates one huge array mid-walk. */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;

/** Tags whose text is never the article's prose. */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'CODE', 'PRE',
  'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'KBD', 'SAMP',
]);

/** Tags that end a run of inline text: an alias never spans two of them. */
const BLOCK_TAGS = new Set([
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
function tagOf(el: Element): string {
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

/** Walks `root` in document order and builds its normalised text map. */
export function collectText(root: Element, isHidden: IsHidden): TextMap {
  return runSync(collectTextSteps(root, isHidden));
}

/** Nodes visited between pauses when run in slices. */
const NODES_PER_STEP = 512;
/** Characters collected between pauses when run in slices. */
const CHARS_PER_STEP = 32_768;

/**
 * The same walk as resumable steps. Iterative, with an explicit stack, so deep trees cannot overflow
 * the call stack and a 100,000-element page can be walked in slices.
 */
export function* collectTextSteps(root: Element, isHidden: IsHidden): Steps<TextMap> {
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  const codeChunks: Uint16Array[] = [];
  const offsetChunks: Int32Array[] = [];
  let codes: Uint16Array = new Uint16Array(CHUNK);
  let offsets: Int32Array = new Int32Array(CHUNK);
  let used = 0; // in the current chunk
  let length = 0; // in all
  // 0 = start, 1 = last char was a space, 2 = last char was a block separator, 3 = word
  let last = 0 as number;

  const nextChunk = () => {
    codeChunks.push(codes);
    offsetChunks.push(offsets);
    codes = new Uint16Array(CHUNK);
    offsets = new Int32Array(CHUNK);
    used = 0;
  };
  /** Steps back over the last character written, into the previous chunk if need be. */
  const unwrite = () => {
    if (used === 0) {
      codes = codeChunks.pop()!;
      offsets = offsetChunks.pop()!;
      used = CHUNK;
    }
    used--;
    length--;
  };
  const block = () => {
    if (last === 0 || last === 2) return;
    // After a space, replace it with the separator so blocks never join.
    if (last === 1) unwrite();
    if (used === CHUNK) nextChunk();
    codes[used] = 0x0a;
    offsets[used++] = -1;
    length++;
    last = 2;
  };
  // This loop runs once per character of the article, in code that runs once per page and is
  // never optimised by the engine: printable ASCII (nearly all of it) takes the first branch with no
  // calls; everything else goes through the shared folding rules.
  const text = (node: Text) => {
    const data = node.data;
    const before = length;
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      let out: number;
      if (code > 0x20 && code < 0x7f) {
        out = code;
        last = 3;
      } else if (isSpaceCode(code)) {
        if (last !== 3) continue;
        out = 0x20;
        last = 1;
      } else if (isIgnorableCode(code)) {
        continue;
      } else {
        out = foldCodeKeepCase(code);
        last = 3;
      }
      if (used === CHUNK) nextChunk();
      codes[used] = out;
      offsets[used++] = i;
      length++;
    }
    if (length > before) {
      nodes.push(node);
      nodeStarts.push(before);
    }
  };

  // Entries are nodes to enter, or a closing marker (the element itself, negated by a flag array).
  const stack: Node[] = [];
  const closing: boolean[] = [];
  for (let child = root.lastChild; child; child = child.previousSibling) { stack.push(child); closing.push(false); }
  let visited = 0;
  let lengthAtPause = 0;
  while (stack.length) {
    const node = stack.pop()!;
    const isClose = closing.pop()!;
    // Pause every so many nodes, or characters: 512 long paragraphs are a slow slice in one-shot code.
    if (++visited % NODES_PER_STEP === 0 || length - lengthAtPause > CHARS_PER_STEP) {
      lengthAtPause = length;
      yield;
    }
    if (isClose) { block(); continue; }
    if (node.nodeType === 3) { text(node as Text); continue; }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const isBlock = BLOCK_TAGS.has(tagOf(el));
    if (isSkippedElement(el, isHidden)) {
      if (isBlock) block();
      continue;
    }
    if (isBlock) {
      block();
      stack.push(el);
      closing.push(true);
    }
    for (let child = el.lastChild; child; child = child.previousSibling) { stack.push(child); closing.push(false); }
  }
  if (last === 1 || last === 2) unwrite(); // no trailing space or separator
  codeChunks.push(codes.subarray(0, used));
  offsetChunks.push(offsets);
  // One decode per chunk instead of a string per character: linear, and in slices on 5 MB pages.
  // Streaming keeps a surrogate pair that straddles two chunks whole.
  const decoder = new TextDecoder('utf-16le');
  const parts: string[] = [];
  for (let k = 0; k < codeChunks.length; k++) {
    parts.push(decoder.decode(codeChunks[k], { stream: k < codeChunks.length - 1 }));
    if (k % 8 === 7) yield;
  }
  const offsetAt = (index: number) => offsetChunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
  return { text: parts.join(''), nodes, nodeStarts, offsetAt };
}

/** Index of the text node holding normalised character `index` (binary search over node starts). */
export function nodeIndexAt(map: TextMap, index: number): number {
  let lo = 0;
  let hi = map.nodeStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.nodeStarts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
