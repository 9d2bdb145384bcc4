import type { Dataset } from '../dataset/types';
import { compileMatcher, type AliasSpec } from '../matching/compile-matcher';
import { fingerprint } from '../recognise/fingerprint';
import type { AnnotationModel } from './annotate-article';

/** Compiles the dataset's aliases and the known articles' fingerprints into an annotation model. */
export function buildModel(dataset: Dataset, articleTexts: Record<string, string>): AnnotationModel {
  const specs: AliasSpec[] = [];
  dataset.entries.forEach((entry, index) => {
    for (const alias of entry.aliases) specs.push({ alias, entry: index });
  });
  const articles = Object.entries(articleTexts).map(([id, text]) => ({ id, fingerprint: fingerprint(text) }));
  return { entries: dataset.entries, matcher: compileMatcher(specs), articles };
}
