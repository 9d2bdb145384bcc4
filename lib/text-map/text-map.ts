import { BLOCK_TAGS, isSkippedElement, tagOf } from '../article/element-rules.ts';
import { renderedChildren, type ShadowRootOf } from '../article/shadow.ts';
import type { IsHidden } from '../article/visibility.ts';
import { runSync, type Steps } from '../schedule/run-steps.ts';
import { BLOCK, normaliseNodeText, offsetsOf, SPACE, START, WORD, type Last } from '../text/normalise-node.ts';

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

/** Walks `root` in document order and builds its normalised text map. */
export function collectText(root: Element, isHidden: IsHidden, shadowRootOf: ShadowRootOf | null = null): TextMap {
  return runSync(collectTextSteps(root, isHidden, shadowRootOf));
}

/** Nodes visited between pauses when run in slices. */
const NODES_PER_STEP = 512;
/** Characters collected between pauses when run in slices. */
const CHARS_PER_STEP = 32_768;

/**
 * The same walk as resumable steps. Iterative, with an explicit stack, so deep trees cannot overflow
 * the call stack and a 100,000-element page can be walked in slices. With `shadowRootOf`, it walks
 * what is rendered: a host's shadow tree instead of its light children, a slot's assigned nodes.
 */
export function* collectTextSteps(root: Element, isHidden: IsHidden, shadowRootOf: ShadowRootOf | null = null): Steps<TextMap> {
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
    let out = normaliseNodeText(data);
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
  // Without a way to read shadow roots (pages that need none), the light children as ever, inline:
  // this loop runs per element, in the interpreter (once per page), where a call costs.
  let rendered = shadowRootOf && renderedChildren(root, shadowRootOf);
  if (rendered) for (let i = rendered.length - 1; i >= 0; i--) { stack.push(rendered[i]); closing.push(false); }
  else for (let child = root.lastChild; child; child = child.previousSibling) { stack.push(child); closing.push(false); }
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
    rendered = shadowRootOf && renderedChildren(el, shadowRootOf);
    if (rendered) for (let i = rendered.length - 1; i >= 0; i--) { stack.push(rendered[i]); closing.push(false); }
    else for (let child = el.lastChild; child; child = child.previousSibling) { stack.push(child); closing.push(false); }
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
