import type { EntryKind } from '../dataset/types';
import type { Matcher } from '../matching/compile-matcher';
import { findMatchesSteps, type TextMatch } from '../matching/find-matches';
import { collectTextSteps, nodeIndexAt, type TextMap } from '../article/collect-text';
import { findArticleRootSteps } from '../article/find-article-root';
import { isProbablyArticle } from '../article/is-probably-article';
import { isCopyOfSteps } from '../recognise/fingerprint';
import { runSync, type Steps } from '../schedule/run-steps';
import { isHiddenByMarkup, type IsHidden } from '../article/visibility';
import type { HashSet } from '../hash/sorted-hashes';

/** A known article the extension recognises by its running text. */
export interface KnownArticle {
  id: string;
  fingerprint: HashSet;
}

/** Everything annotation needs, compiled once per page load. */
export interface AnnotationModel {
  /** Per entry, in dataset order: its id and kind. Notes stay out of the page until a card opens. */
  ids: readonly string[];
  kinds: readonly EntryKind[];
  matcher: Matcher;
  articles: readonly KnownArticle[];
}

/** One highlighted occurrence on the live page. */
export interface Occurrence {
  entry: number;
  kind: EntryKind;
  range: Range;
  /** The exact page text the range covers. */
  text: string;
}

/** The outcome for one page. */
export interface PageAnnotation {
  found: boolean;
  opEdId: string | null;
  root: Element | null;
  occurrences: Occurrence[];
}

/** A page that is not the op-ed is annotated only when it names at least this many distinct entries. */
export const RELATED_MIN_ENTRIES = 3;

const NOTHING: PageAnnotation = { found: false, opEdId: null, root: null, occurrences: [] };

/** A filter keeping matches whose text the reader can see (both ends' elements visible), with a cache. */
function visibleIn(map: TextMap, isHidden: IsHidden): (m: TextMatch) => boolean {
  const cache = new Map<Element, boolean>();
  const shown = (index: number) => {
    const el = map.nodes[nodeIndexAt(map, index)].parentElement;
    if (!el) return false;
    let visible = cache.get(el);
    if (visible === undefined) {
      visible = !isHidden(el);
      cache.set(el, visible);
    }
    return visible;
  };
  return (m) => shown(m.start) && shown(m.end - 1);
}

/** Turns [start, end) of the normalised text into a live DOM Range. */
export function rangeFor(doc: Document, map: TextMap, start: number, end: number): Range {
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  const range = doc.createRange();
  range.setStart(map.nodes[a], map.offsetAt(start));
  range.setEnd(map.nodes[b], map.offsetAt(end - 1) + 1);
  return range;
}

/**
 * Finds the article, recognises the op-ed and returns the occurrences to highlight.
 * Statistic entries belong to the op-ed alone; a related article gets its names and terms
 * only when it is clearly about the same subject.
 */
export function annotateDocument(doc: Document, model: AnnotationModel, isHidden: IsHidden): PageAnnotation {
  return runSync(annotateSteps(doc, model, isHidden));
}

/**
 * The same work as resumable steps, for running in slices on the live page (see run-steps).
 * `gated`: the every-page gate has just found this page to be an article, so its check is not repeated.
 */
export function* annotateSteps(doc: Document, model: AnnotationModel, isHidden: IsHidden, gated = false): Steps<PageAnnotation> {
  if (!gated && !isProbablyArticle(doc)) return NOTHING;
  // Finding and walking the article use markup alone (hidden attribute, inline display, aria-hidden):
  // asking layout about every element would cost more than all the rest. Layout is consulted only
  // for the few elements that hold a match, below.
  const root = yield* findArticleRootSteps(doc, isHiddenByMarkup);
  if (!root) return NOTHING;
  yield;
  const map = yield* collectTextSteps(root, isHiddenByMarkup);
  yield;
  let known: KnownArticle | undefined;
  for (const article of model.articles) {
    if (yield* isCopyOfSteps(article.fingerprint, map.text)) {
      known = article;
      break;
    }
  }
  let matches = yield* findMatchesSteps(model.matcher, map.text);
  if (!known) {
    matches = matches.filter((m) => model.kinds[m.entry] !== 'statistic');
    if (new Set(matches.map((m) => m.entry)).size < RELATED_MIN_ENTRIES) matches = [];
  }
  if (isHidden !== isHiddenByMarkup) matches = matches.filter(visibleIn(map, isHidden));
  const occurrences = matches.map((m): Occurrence => {
    const range = rangeFor(doc, map, m.start, m.end);
    return { entry: m.entry, kind: model.kinds[m.entry], range, text: range.toString() };
  });
  return { found: true, opEdId: known?.id ?? null, root, occurrences };
}
