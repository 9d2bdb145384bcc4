import type { Dataset } from '../../lib/dataset/types.ts';
import type { AnnotationModel } from '../../lib/model/annotation-model.ts';
import { packModel } from '../../lib/model/pack-model.ts';
import { unpackModel } from '../../lib/model/packed-model.ts';

/**
 * The annotation model for a dataset and its known articles' texts, packed as the build packs it and
 * unpacked as the page unpacks it, so tests exercise exactly what pages load.
 */
export function modelFor(dataset: Dataset, articleTexts: Record<string, string>): AnnotationModel {
  return unpackModel(
    packModel(dataset, (id) => {
      const text = articleTexts[id];
      if (text === undefined) throw new Error(`no text for the known article "${id}"`);
      return text;
    }),
  );
}
