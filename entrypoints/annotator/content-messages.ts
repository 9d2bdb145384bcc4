import { handoff } from '../../lib/handoff.ts';
import type { AnnotationsResponse, ContentRequest, ContentResponse } from '../../lib/messages.ts';

/** What the content-script requests need from the session. */
export interface ContentAnswers {
  /** What the page shows now. */
  describe(): AnnotationsResponse;
  /** Opens the next (1) or previous (-1) occurrence; false when there is none. */
  step(direction: 1 | -1): boolean;
  /** Opens the first occurrence of an entry; false when the page shows none. */
  focus(entryId: string): boolean;
}

/**
 * Answers the popup's and the keyboard's requests through the gate's one listener, once the first
 * annotation has run (settings are read before it). Returns the call that marks that first run.
 */
export function answerContentRequests(answers: ContentAnswers, signal: AbortSignal): () => void {
  let firstRun: () => void = () => {};
  const annotated = new Promise<void>((resolve) => { firstRun = resolve; });
  const shared = handoff();
  const answer = (msg: ContentRequest): ContentResponse<ContentRequest> => {
    if (msg.type === 'annotations/get') return answers.describe();
    if (msg.type === 'annotations/step') return { ok: answers.step(msg.direction) };
    return { ok: answers.focus(msg.entryId) };
  };
  shared.handle = (msg) => annotated.then(() => answer(msg));
  signal.addEventListener('abort', () => { shared.handle = undefined; });
  return firstRun;
}
