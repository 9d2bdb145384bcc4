import type { EntryKind } from '../dataset/types';
import type { Matcher } from '../matching/compile-matcher';
import type { AnnotationModel } from './annotate-article';

/** What the build emits for the page: no notes, just what matching and recognition need. */
export interface CompiledModel {
  version: string;
  entries: { id: string; kind: EntryKind }[];
  matcher: Matcher;
  articles: { id: string; shingles: number[] }[];
}

/** Turns the build's compiled model into the runtime annotation model (only the fingerprint sets are built). */
export function modelFromCompiled(compiled: CompiledModel): AnnotationModel {
  return {
    entries: compiled.entries,
    matcher: compiled.matcher,
    articles: compiled.articles.map((a) => ({ id: a.id, fingerprint: new Set(a.shingles) })),
  };
}
