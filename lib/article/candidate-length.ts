import { linkTextLength } from './element-rules.ts';
import type { Steps } from '../schedule/run-steps.ts';

/** Text nodes read between pauses when a large candidate is walked in slices. */
const NODES_PER_STEP = 256;

/** Share of a text that is link text, at most 1. */
export function density(linkLength: number, textLength: number): number {
  return textLength === 0 ? 0 : Math.min(1, linkLength / textLength);
}

/** Candidates with at most this many elements are measured with the browser's own `textContent`. */
const NATIVE_MAX_ELEMENTS = 4000;

/**
 * Text and link text under one candidate. Most candidates are a few hundred elements: the
 * browser's native `textContent` measures them far faster than script can walk them (this code runs
 * once per page, never optimised). A candidate with very many elements (a 5 MB article, a 100,000-cell
 * table) is walked instead, in slices: `textContent` there builds megabytes in one uninterruptible call.
 */
export function* candidateLengthSteps(el: Element): Steps<{ text: number; links: number }> {
  // The element count is native and cheap; it bounds the nodes `textContent` would visit.
  if (el.getElementsByTagName('*').length <= NATIVE_MAX_ELEMENTS) return { text: (el.textContent ?? '').length, links: linkTextLength(el) };
  let text = 0;
  let links = 0;
  let visited = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const length = (node as Text).data.length;
    text += length;
    for (let cur = node.parentElement; cur; cur = cur === el ? null : cur.parentElement) {
      if (cur.tagName === 'A' || cur.tagName === 'a') { links += length; break; }
    }
  }
  return { text, links };
}
