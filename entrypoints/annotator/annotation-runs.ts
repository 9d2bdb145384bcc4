import { annotateSteps, type PageAnnotation } from '../../lib/annotate/annotate-article.ts';
import type { ShadowRootOf } from '../../lib/article/shadow.ts';
import { pageVisibility } from '../../lib/article/visibility.ts';
import { handoff } from '../../lib/handoff.ts';
import type { AnnotationModel } from '../../lib/model/annotation-model.ts';
import { runSliced } from '../../lib/schedule/run-steps.ts';

/**
 * Annotation of the live page, run in slices so even a 5 MB page never blocks the reader. Each call
 * starts a run; a newer run (the page changed again) abandons an older one, and only the newest
 * result reaches `onResult`.
 */
export function createAnnotationRuns(
  doc: Document,
  model: AnnotationModel,
  onResult: (page: PageAnnotation) => void,
  onError: (error: unknown) => void,
  signal: AbortSignal,
  shadowRootOf: ShadowRootOf | null = null,
): () => Promise<void> {
  let generation = 0;
  return async () => {
    const mine = ++generation;
    try {
      // annotateSteps checks first that the page is an article at all, except on the first run when
      // the gate injected this script because it had just found one in the light DOM's paragraphs.
      const gated = mine === 1 && handoff().lead === true;
      const steps = annotateSteps(doc, model, pageVisibility(doc), gated, shadowRootOf);
      const next = await runSliced(steps, { cancelled: () => mine !== generation || signal.aborted });
      if (next && mine === generation && !signal.aborted) onResult(next);
    } catch (error) {
      onError(error);
    }
  };
}
