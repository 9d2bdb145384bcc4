import type { Dataset } from '../dataset/types';
import { aliasSpecs, compileMatcher } from '../matching/compile-matcher';
import { fingerprint } from '../recognise/fingerprint';
import type { AnnotationModel } from './annotate-article';

/** Compiles the dataset's aliases and the known articles' fingerprints into an annotation model. */
export function buildModel(dataset: Dataset, articleTexts: Record<string, string>): AnnotationModel {
  const articles = Object.entries(articleTexts).map(([id, text]) => ({ id, fingerprint: fingerprint(text) }));
  return { entries: dataset.entries, matcher: compileMatcher(aliasSpecs(dataset.entries)), articles };
}
