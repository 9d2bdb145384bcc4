import type { EntryKind } from '../kinds.ts';
import type { Matcher } from '../matching/compile-matcher.ts';
import type { HashSet } from '../hash/sorted-hashes.ts';
import type { SentenceRules } from '../matching/sentence-rules.ts';

/** A known article the extension recognises by its running text. */
export interface KnownArticle {
  id: string;
  fingerprint: HashSet;
}

/** Everything annotation needs on a page, unpacked once per page load. */
export interface AnnotationModel {
  /** Per entry, in dataset order: its id and kind. Notes stay out of the page until a card opens. */
  ids: readonly string[];
  kinds: readonly EntryKind[];
  /** Per entry: a name in the news well beyond this subject, weighing little for relevance. */
  general: readonly boolean[];
  matcher: Matcher;
  /** Context aliases and claim patterns, checked within one sentence. */
  rules: SentenceRules;
  articles: readonly KnownArticle[];
}
