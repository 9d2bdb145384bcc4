import type { EntryKind } from '../dataset/types';
import { readMatcher, type SerialisedMatcher } from '../matching/serialise-matcher';
import { sortedHashSet } from '../hash/sorted-hashes';
import { decodeUint32 } from '../encoding/base64';
import type { AnnotationModel } from './annotate-article';

/**
 * What the build writes into the annotator: no notes, just what matching and recognition need,
 * as strings (base64 arrays, joined ids), so the page loads it with one JSON.parse of a string and a
 * few native decodes, and nothing is built per alias or per entry however large the dataset grows.
 */
export interface CompiledModel {
  version: string;
  /** Entry ids joined by "\n", in dataset order. */
  ids: string;
  /** Entry kinds joined by "\n", in dataset order. */
  kinds: string;
  matcher: SerialisedMatcher;
  /** Known articles: id and base64 of their sorted shingle hashes. */
  articles: { id: string; shingles: string }[];
}

/** Turns the build's compiled model into the runtime annotation model: decodes, builds nothing per entry. */
export function modelFromCompiled(compiled: CompiledModel): AnnotationModel {
  const ids = compiled.ids.split('\n');
  const kinds = compiled.kinds.split('\n') as EntryKind[];
  return {
    ids,
    kinds,
    matcher: readMatcher(compiled.matcher),
    articles: compiled.articles.map((a) => ({ id: a.id, fingerprint: sortedHashSet(decodeUint32(a.shingles)) })),
  };
}
