import { candidateLengthSteps, density } from './candidate-length.ts';
import { inNotProse, isSkippedElement, linkTextLength } from './element-rules.ts';
import { paragraphsOf, proseContainers } from './prose-blocks.ts';
import { parentAcross, queryAcross, type ShadowRootOf } from './shadow.ts';
import type { IsHidden } from './visibility.ts';
import { runSync, type Steps } from '../schedule/run-steps.ts';

/** Elements whose text is scored as a paragraph. */
const PARAGRAPHS = 'p, pre, td, blockquote';
/** How far up a paragraph's score travels (Readability uses five levels). */
const LEVELS = 5;
/** Furniture classes are only trusted this close to a paragraph; higher up, layout classes lie. */
const FURNITURE_DEPTH = 3;

/** Readability's paragraph score: one point, one per comma, one per 100 characters up to three. */
function paragraphScore(text: string): number {
  return 1 + (text.match(/[,،、，]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
}

/** Verdicts per element, near a paragraph (full furniture check) and further up (hidden or landmark only). */
interface PruneCache {
  near: Map<Element, boolean>;
  far: Map<Element, boolean>;
}

function isPruned(p: Element, body: Element, isHidden: IsHidden, cache: PruneCache): boolean {
  let depth = 0;
  for (let cur: Element | null = p; cur && cur !== body; cur = parentAcross(cur), depth++) {
    // Sibling paragraphs share ancestors: each element is judged once per kind of check.
    const near = depth < FURNITURE_DEPTH;
    const known = (near ? cache.near : cache.far).get(cur);
    if (known !== undefined && !near) return known;
    const skipped = known ?? (near ? isSkippedElement(cur, isHidden) : isHidden(cur) || cur.tagName === 'NAV' || cur.tagName === 'ASIDE' || cur.tagName === 'FOOTER');
    (near ? cache.near : cache.far).set(cur, skipped);
    if (skipped) return true;
  }
  return false;
}

/**
 * Locates the element holding the article's paragraphs on the live page, read-only. Scoring follows
 * Readability: each paragraph scores its ancestors (parent fully, grandparent half, higher levels a
 * third per level), scaled by link density; the winner then grows to its parent when the article's
 * paragraphs are split across sibling containers (ads, embeds, "read more" wrappers between them).
 */
export function findArticleRoot(doc: Document, isHidden: IsHidden, shadowRootOf: ShadowRootOf | null = null): Element | null {
  return runSync(findArticleRootSteps(doc, isHidden, shadowRootOf));
}

/** Paragraphs and text nodes read between pauses when run in slices. */
const NODES_PER_STEP = 256;
/** Elements already scored as paragraphs above: never also read as containers of paragraphs. */
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE']);
/** Shortest run of text outside <p> that counts as a paragraph (teasers and captions are shorter). */
const PROSE_MIN = 100;

/**
 * The same search as resumable steps: a page of 100,000 cells or 5 MB of prose is read in slices.
 * With `shadowRootOf`, paragraphs inside shadow roots count too, scoring up across their hosts.
 */
export function* findArticleRootSteps(doc: Document, isHidden: IsHidden, shadowRootOf: ShadowRootOf | null = null): Steps<Element | null> {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  const prose = new Map<Element, number>();
  const cache: PruneCache = { near: new Map(), far: new Map() };
  const notProse = new Map<Element, boolean>();
  /** Credits one paragraph's score to its container and the levels above, and its prose to every ancestor. */
  const credit = (parent: Element, text: string, linkShare: number) => {
    const score = paragraphScore(text);
    let level = 0;
    for (let cur: Element | null = parent; cur && level < LEVELS; cur = parentAcross(cur), level++) {
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(cur, (scores.get(cur) ?? 0) + score / divider);
      if (cur === body) break;
    }
    for (let cur: Element | null = parent; cur; cur = parentAcross(cur)) {
      prose.set(cur, (prose.get(cur) ?? 0) + text.length * (1 - linkShare));
      if (cur === body) break;
    }
  };
  let read = 0;
  // Ordinary pages keep the plain native list; only pages read through shadow roots pay for the walk.
  for (const p of shadowRootOf ? queryAcross(body, PARAGRAPHS, shadowRootOf) : body.querySelectorAll(PARAGRAPHS)) {
    if (++read % NODES_PER_STEP === 0) yield;
    const text = (p.textContent ?? '').trim();
    const parent = parentAcross(p);
    if (text.length < 25 || !parent) continue;
    if (inNotProse(p, notProse) || isPruned(p, body, isHidden, cache)) continue;
    const linkShare = density(linkTextLength(p), text.length);
    if (linkShare <= 0.5) credit(parent, text, linkShare);
  }
  // Paragraphs printed without <p> (<br> chains, text-only divs, pre-line text) score as if each were
  // a <p> inside its container, as Readability scores them once it has turned them into paragraphs.
  for (const container of proseContainers(body)) {
    if (++read % NODES_PER_STEP === 0) yield;
    if (PARAGRAPH_TAGS.has(container.tagName) || isPruned(container, body, isHidden, cache)) continue;
    // Text-only divs are also headline teasers and captions: only runs as long as real prose count.
    const paragraphs = paragraphsOf(container).filter((text) => text.length >= PROSE_MIN);
    if (!paragraphs.length) continue;
    const linkShare = density(linkTextLength(container), (container.textContent ?? '').length);
    if (linkShare <= 0.5) for (const text of paragraphs) credit(container, text, linkShare);
  }
  // Link density needs each candidate's whole text, the costliest read here (the outer candidates
  // are most of the page). Density only lowers a score, so a candidate whose raw score is no better
  // than the best final score so far cannot win: in descending order, reading stops there. Usually
  // only the first one or two of the five best are read.
  let top: Element | null = null;
  let topScore = 0;
  const best = [...scores].sort((a, b) => b[1] - a[1]).slice(0, 5);
  for (const [el, raw] of best) {
    if (raw <= topScore) break;
    const { text, links } = yield* candidateLengthSteps(el);
    const score = raw * (1 - density(links, text));
    if (score > topScore) { top = el; topScore = score; }
    yield;
  }
  if (!top) return null;
  // Grow to an ancestor (up to eight wrapper levels away) that holds substantially more article
  // prose, but not to one that is mostly other prose: a feed or a page of many articles.
  let root = top;
  let here = prose.get(root) ?? 0;
  for (;;) {
    let next: Element | null = null;
    let cur = parentAcross(root);
    for (let level = 0; cur && level < 8; cur = parentAcross(cur), level++) {
      const there = prose.get(cur) ?? 0;
      if (there > 10 * here) break;
      if (there >= 1.15 * here) { next = cur; break; }
      if (cur === body) break;
    }
    if (!next) break;
    root = next;
    here = prose.get(root) ?? 0;
  }
  return root;
}
