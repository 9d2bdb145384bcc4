import type { EntryKind } from '../kinds.ts';
import { readMatcher, type SerialisedMatcher } from '../matching/serialise-matcher.ts';
import { sortedHashSet } from '../hash/sorted-hashes.ts';
import { decodeUint32 } from '../encoding/base64.ts';
import type { AnnotationModel } from './annotation-model.ts';
import type { SentenceRules } from '../matching/sentence-rules.ts';

/**
 * What the build writes into the annotator: no notes, just what matching and recognition need,
 * as strings (base64 arrays, joined ids), so the page loads it with one JSON.parse of a string and a
 * few native decodes, and nothing is built per alias or per entry however large the dataset grows.
 */
export interface PackedModel {
  version: string;
  /** The dataset's review date (YYYY-MM-DD): cards compare each entry's as-of date with it. */
  date: string;
  /** Entry ids joined by "\n", in dataset order. */
  ids: string;
  /** Entry kinds joined by "\n", in dataset order. */
  kinds: string;
  /** Per entry, in dataset order: "1" for a general name, "0" otherwise. */
  general: string;
  matcher: SerialisedMatcher;
  /** Context aliases and claim patterns: a handful of small records, used as they are. */
  rules: SentenceRules;
  /** Known articles: id and base64 of their sorted shingle hashes. */
  articles: { id: string; shingles: string }[];
}

/** Unpacks the build's model on the page: decodes, builds nothing per entry. */
export function unpackModel(packed: PackedModel): AnnotationModel {
  const ids = packed.ids.split('\n');
  const kinds = packed.kinds.split('\n') as EntryKind[];
  return {
    ids,
    kinds,
    general: Array.from(packed.general, (c) => c === '1'),
    matcher: readMatcher(packed.matcher),
    rules: packed.rules,
    articles: packed.articles.map((a) => ({ id: a.id, fingerprint: sortedHashSet(decodeUint32(a.shingles)) })),
  };
}
