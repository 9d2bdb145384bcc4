import { isProbablyArticle, shadowArticleLead } from '../article/is-probably-article.ts';
import type { ShadowRootOf } from '../article/shadow.ts';
import type { AnnotationsResponse } from '../messages.ts';
import { isActiveOn, type Settings } from '../settings.ts';
import type { Occurrence, PageAnnotation } from './annotate-article.ts';

/** The occurrences the reader's settings let show on `host`: painted, listed and stepped through. */
export function viewOf(page: PageAnnotation, settings: Settings, host: string): Occurrence[] {
  if (!isActiveOn(settings, host)) return [];
  return settings.hiddenKinds.length ? page.occurrences.filter((o) => !settings.hiddenKinds.includes(o.kind)) : page.occurrences;
}

/** The content script's answer to `annotations/get` for what is shown. */
export function describeView(page: PageAnnotation, shown: readonly Occurrence[], idOf: (entry: number) => string): AnnotationsResponse {
  return {
    article: { found: page.found, opEdId: page.opEdId },
    annotations: shown.map((o) => ({ entryId: idOf(o.entry), kind: o.kind, text: o.text })),
  };
}

/**
 * True when the page changed under our ranges: a re-render replaced text or the article left (or,
 * with `shadowRootOf`, one arrived inside shadow roots).
 */
export function isStale(page: PageAnnotation, doc: Document, shadowRootOf: ShadowRootOf | null = null): boolean {
  if (page.root && !page.root.isConnected) return true;
  if (!page.found) return isProbablyArticle(doc) || (!!shadowRootOf && shadowArticleLead(doc, shadowRootOf) !== null);
  return page.occurrences.some((o) => o.range.collapsed || o.range.toString() !== o.text);
}
