import type { EntryKind } from '../kinds.ts';
import { findMatches, findMatchesSteps } from '../matching/find-matches.ts';
import { normaliseText } from '../text/normalise-char.ts';
import { findClaims, keepInContext, withClaims } from '../matching/sentence-rules.ts';
import { isAboutSubject } from './relevance.ts';
import { findArticleRootSteps } from '../article/find-article-root.ts';
import { articleShadowRoots, isProbablyArticle, leadInRoots } from '../article/is-probably-article.ts';
import type { ShadowRootOf } from '../article/shadow.ts';
import { isHiddenByMarkup, type IsHidden } from '../article/visibility.ts';
import type { AnnotationModel, KnownArticle } from '../model/annotation-model.ts';
import { isCopyOfSteps } from '../recognise/fingerprint.ts';
import { runSync, type Steps } from '../schedule/run-steps.ts';
import { collectTextSteps } from '../text-map/text-map.ts';
import { rangeFor, visibleIn } from '../text-map/text-range.ts';

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
  /**
   * The shadow roots that may hold the article, as read when the light DOM had nothing to show
   * (empty otherwise): watched while nothing is shown, without walking the page for them again.
   */
  roots: readonly ShadowRoot[];
}

/** The outcome for a page with no article (or none yet): nothing found, nothing to show. */
export const EMPTY_PAGE: PageAnnotation = Object.freeze({ found: false, opEdId: null, root: null, occurrences: [] as Occurrence[], roots: [] });

/**
 * Finds the article, recognises the op-ed and returns the occurrences to highlight.
 * Statistic entries' own wording belongs to the op-ed alone; a related article gets its names and
 * terms, and claims of the same figures, only when it is clearly about the same subject.
 */
export function annotateDocument(doc: Document, model: AnnotationModel, isHidden: IsHidden, shadowRootOf: ShadowRootOf | null = null): PageAnnotation {
  return runSync(annotateSteps(doc, model, isHidden, false, shadowRootOf));
}

/** A page with something to show: the op-ed recognised, or terms of a related article to highlight. */
const hasFindings = (page: PageAnnotation) => page.opEdId !== null || page.occurrences.length > 0;

/**
 * The same work as resumable steps, for running in slices on the live page (see run-steps).
 * `gated`: the every-page gate has just found an article in the light DOM, so its check is not repeated.
 * `shadowRootOf`: how to read shadow roots. The light DOM is read first, as on any page; shadow roots
 * are read only when it yields nothing (no article, or one that is not about the subject: a site's
 * other stories in the light DOM, its article in a component) and they hold an article (see
 * articleShadowRoots, which looks only on pages whose title or first heading names the subject).
 */
export function* annotateSteps(
  doc: Document, model: AnnotationModel, isHidden: IsHidden, gated = false, shadowRootOf: ShadowRootOf | null = null,
): Steps<PageAnnotation> {
  const light = gated || isProbablyArticle(doc) ? yield* annotateRootSteps(doc, model, isHidden, null) : EMPTY_PAGE;
  if (hasFindings(light) || !shadowRootOf) return light;
  const roots = articleShadowRoots(doc, shadowRootOf);
  if (leadInRoots(roots) === null) return { ...light, roots };
  yield;
  const deep = yield* annotateRootSteps(doc, model, isHidden, shadowRootOf);
  return { ...(hasFindings(deep) || !light.found ? deep : light), roots };
}

/** Finds the article (through shadow roots with `shadowRootOf`), recognises the op-ed, finds the terms. */
function* annotateRootSteps(doc: Document, model: AnnotationModel, isHidden: IsHidden, shadowRootOf: ShadowRootOf | null): Steps<PageAnnotation> {
  // Finding and walking the article use markup alone (hidden attribute, inline display, aria-hidden):
  // asking layout about every element would cost more than all the rest. Layout is consulted only
  // for the few elements that hold a match, below.
  const root = yield* findArticleRootSteps(doc, isHiddenByMarkup, shadowRootOf);
  if (!root) return EMPTY_PAGE;
  yield;
  const map = yield* collectTextSteps(root, isHiddenByMarkup, shadowRootOf);
  yield;
  let known: KnownArticle | undefined;
  for (const article of model.articles) {
    if (yield* isCopyOfSteps(article.fingerprint, map.text)) {
      known = article;
      break;
    }
  }
  let matches = keepInContext(model.rules, map.text, yield* findMatchesSteps(model.matcher, map.text));
  if (!known) {
    // The op-ed's own wording of a statistic stays on the op-ed; elsewhere a statistic is shown only
    // where a claim pattern finds the same figure claimed (a number with its context in one sentence).
    matches = withClaims(matches.filter((m) => model.kinds[m.entry] !== 'statistic'), findClaims(model.rules, map.text));
    // The headline is often outside the article's root: the document title counts as evidence too.
    const title = normaliseText(doc.title, true);
    const inTitle = keepInContext(model.rules, title, findMatches(model.matcher, title));
    if (!isAboutSubject(model, [...matches, ...inTitle], `${map.text}\n${title}`)) matches = [];
  }
  if (isHidden !== isHiddenByMarkup) matches = matches.filter(visibleIn(map, isHidden));
  const occurrences: Occurrence[] = [];
  for (const m of matches) {
    const range = rangeFor(doc, map, m.start, m.end);
    // A range cannot span two trees: a match running from slotted text into the shadow tree's own collapses.
    if (!range.collapsed) occurrences.push({ entry: m.entry, kind: model.kinds[m.entry], range, text: range.toString() });
  }
  return { found: true, opEdId: known?.id ?? null, root, occurrences, roots: [] };
}
