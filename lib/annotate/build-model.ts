import type { Dataset } from '../dataset/types';
import { compileModel } from './compile-model';
import { modelFromCompiled } from './compiled-model';
import type { AnnotationModel } from './annotate-article';

/**
 * Compiles a dataset and its known articles' texts into an annotation model, through the same
 * written form the build puts in the annotator, so tests exercise exactly what pages load.
 */
export function buildModel(dataset: Dataset, articleTexts: Record<string, string>): AnnotationModel {
  return modelFromCompiled(
    compileModel(dataset, (id) => {
      const text = articleTexts[id];
      if (text === undefined) throw new Error(`no text for the known article "${id}"`);
      return text;
    }),
  );
}
