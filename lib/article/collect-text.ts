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

// The normalisation of normalise-char, as native regular expressions over a whole text node: this
// code runs once per page and is never optimised by the engine, so a loop in script over every
// character of the article cost more than the rest of the walk. Kept in step with normalise-char
// by a property test (tests/lib/article/collect-text.test.ts).
/** Anything but printable ASCII and single spaces: most text nodes have none and are taken as they are. */
const IRREGULAR = /[^\x20-\x7e]| {2}/;
const IGNORABLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** A run of two or more spaces of any kind, or one space that is not U+0020 (isSpaceCode). */
const SPACE_RUNS = /[\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u3000]{2,}|[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u3000]/g;
/** Curly quotes, primes and dashes: what foldCodeKeepCase changes besides spaces. */
const TYPOGRAPHY = /[\u2018-\u201f\u2032\u2033\u02bc\u00b4\u00ab\u00bb\u2010-\u2015\u2212]/g;
const foldOne = (c: string) => String.fromCharCode(foldCodeKeepCase(c.charCodeAt(0)));

/** Where the previous normalised character came from: nothing yet, a space, a block separator, any other character. */
type Last = 0 | 1 | 2 | 3;
const START: Last = 0;
const SPACE: Last = 1;
const BLOCK: Last = 2;
const WORD: Last = 3;

/**
 * Offsets inside `data` of each normalised character it yields, when the text before it ended in
 * state `last`: the character-by-character form of the regular expressions above. Only run for the
 * few nodes that hold a match and whose text changed length when normalised.
 */
function offsetsOf(data: string, last: Last): Int32Array {
  const out = new Int32Array(data.length);
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (last !== WORD) continue;
      last = SPACE;
    } else if (isIgnorableCode(code)) {
      continue;
    } else {
      last = WORD;
    }
    out[n++] = i;
  }
  return out.subarray(0, n);
}

/**
 * The same walk as resumable steps. Iterative, with an explicit stack, so deep trees cannot overflow
 * the call stack and a 100,000-element page can be walked in slices.
 */
export function* collectTextSteps(root: Element, isHidden: IsHidden): Steps<TextMap> {
  const nodes: Text[] = [];
  const nodeStarts: number[] = [];
  /** Per node: its normalised length, and the state before it (to rebuild its offsets when needed). */
  const nodeLengths: number[] = [];
  const statesBefore: Last[] = [];
  /** Per node: true when its normalised text has exactly its own length (offset = index − start). */
  const sameLength: boolean[] = [];
  const parts: string[] = [];
  let length = 0;
  let last: Last = START;

  /** Drops the space the last text node ended with (a block follows, or the text ends). */
  const dropTrailingSpace = () => {
    const k = parts.length - 1;
    parts[k] = parts[k].slice(0, -1);
    nodeLengths[nodeLengths.length - 1]--;
    length--;
  };
  const block = () => {
    if (last === START || last === BLOCK) return;
    if (last === SPACE) dropTrailingSpace(); // blocks never join, and never leave a space before the separator
    parts.push('\n');
    length++;
    last = BLOCK;
  };
  const text = (node: Text) => {
    const data = node.data;
    let out = IRREGULAR.test(data) ? data.replace(IGNORABLE, '').replace(SPACE_RUNS, ' ').replace(TYPOGRAPHY, foldOne) : data;
    // Spaces are single U+0020 now; one at the start only counts after a word.
    if (last !== WORD && out.charCodeAt(0) === 0x20) out = out.slice(1);
    if (out.length === 0) return;
    const before = last;
    last = out.charCodeAt(out.length - 1) === 0x20 ? SPACE : WORD;
    nodes.push(node);
    nodeStarts.push(length);
    nodeLengths.push(out.length);
    statesBefore.push(before);
    sameLength.push(out.length === data.length);
    parts.push(out);
    length += out.length;
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
  // No trailing space or separator.
  if (last === SPACE) dropTrailingSpace();
  else if (last === BLOCK) { parts.pop(); length--; }

  const rebuilt = new Map<number, Int32Array>();
  const offsetAt = (index: number) => {
    if (!nodes.length) return -1;
    const k = nodeIndexAt(map, index);
    const within = index - nodeStarts[k];
    if (within < 0 || within >= nodeLengths[k]) return -1; // a block separator
    if (sameLength[k]) return within;
    let offsets = rebuilt.get(k);
    if (!offsets) rebuilt.set(k, (offsets = offsetsOf(nodes[k].data, statesBefore[k])));
    return offsets[within];
  };
  // Creating the one string of a 5 MB article costs tens of milliseconds however it is built (the
  // engine allocates and copies it whole): give it a slice of its own.
  yield;
  const map: TextMap = { text: parts.join(''), nodes, nodeStarts, offsetAt };
  return map;
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
