// In-page measurements for the keyboard tests (tests/e2e/keyboard*.test.ts): which term the keyboard
// should open from where the page is scrolled to, and which term carries the current-term mark.
import type { Page } from 'playwright-core';

/** The term the keyboard should open: its place among the page's terms, its top and its text. */
export interface Expected {
  index: number;
  count: number;
  /** Its top edge relative to the viewport's top, in CSS pixels. */
  top: number;
  text: string;
}

/**
 * In the page: puts the viewport's top in the middle of the article, then finds among our term ranges
 * (joins and the mark left out), in document order, the first at or below the viewport's top (1) or
 * the last above it (-1), and keeps it for markedTermHere.
 */
function scrollIntoArticleHere(direction: 1 | -1): Expected {
  const box = document.querySelector('.story-body')!.getBoundingClientRect();
  window.scrollTo(0, window.scrollY + box.top + box.height / 2);
  const ranges: Range[] = [];
  for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (!name.startsWith('backstory-') || name.includes('-current')) continue;
    for (const r of hl) if (/[\p{L}\p{N}]/u.test(r.toString())) ranges.push(r);
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const tops = ranges.map((r) => r.getBoundingClientRect().top);
  const index = direction === 1 ? tops.findIndex((t) => t >= 0) : tops.findLastIndex((t) => t < 0);
  (window as unknown as { __expectedTerm: Range }).__expectedTerm = ranges[index];
  return { index, count: ranges.length, top: tops[index], text: ranges[index]?.toString() ?? '' };
}

/** Scrolls the demo article's middle to the viewport's top; the term `direction` should open from there. */
export function scrollIntoArticle(page: Page, direction: 1 | -1): Promise<Expected> {
  return page.evaluate(scrollIntoArticleHere, direction);
}

/** In the page: the ranges under the current-term mark, and whether the one is the expected term. */
function markedTermHere(): { ranges: number; isExpected: boolean; text: string } {
  const marked = [...((CSS.highlights as unknown as Map<string, Set<Range>>).get('backstory-7c1e-current') ?? [])];
  const expected = (window as unknown as { __expectedTerm?: Range }).__expectedTerm;
  const r = marked[0];
  const same = !!r && !!expected && r.compareBoundaryPoints(Range.START_TO_START, expected) === 0 && r.compareBoundaryPoints(Range.END_TO_END, expected) === 0;
  return { ranges: marked.length, isExpected: same, text: r?.toString() ?? '' };
}

/** Which term carries the current-term mark, against the one scrollIntoArticle expected. */
export function markedTerm(page: Page): Promise<{ ranges: number; isExpected: boolean; text: string }> {
  return page.evaluate(markedTermHere);
}
