import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { answerContentRequests, type ContentAnswers } from '../../../entrypoints/annotator/content-messages.ts';
import { handoff } from '../../../lib/handoff.ts';
import type { AnnotationsResponse } from '../../../lib/messages.ts';
import { flush, resetHandoff } from '../../support/fake-background.ts';

const described: AnnotationsResponse = {
  article: { found: true, opEdId: 'oped-why-iran-executes' },
  annotations: [{ entryId: 'ncri', kind: 'organisation', text: 'NCRI' }],
};

function answers(): { [K in keyof ContentAnswers]: Mock<ContentAnswers[K]> } {
  return {
    describe: vi.fn(() => described),
    step: vi.fn((direction: 1 | -1) => direction === 1),
    focus: vi.fn((entryId: string) => entryId === 'ncri'),
  };
}

describe('answerContentRequests', () => {
  beforeEach(resetHandoff);

  it('holds answers until the first run is marked', async () => {
    const firstRun = answerContentRequests(answers(), new AbortController().signal);
    let reply: unknown;
    void handoff().handle!({ type: 'annotations/get' }).then((r) => { reply = r; });
    await flush();
    // Before the first run the page's state is not known: answering now would say "nothing here".
    expect(reply).toBeUndefined();
    firstRun();
    await flush();
    expect(reply).toEqual(described);
  });

  it('routes get, step and focus to their answers', async () => {
    const a = answers();
    answerContentRequests(a, new AbortController().signal)();
    const handle = handoff().handle!;
    expect(await handle({ type: 'annotations/get' })).toEqual(described);
    expect(await handle({ type: 'annotations/step', direction: -1 })).toEqual({ ok: false });
    expect(a.step).toHaveBeenCalledWith(-1);
    expect(await handle({ type: 'annotations/step', direction: 1 })).toEqual({ ok: true });
    expect(await handle({ type: 'annotations/focus', entryId: 'ncri' })).toEqual({ ok: true });
    expect(await handle({ type: 'annotations/focus', entryId: 'mek' })).toEqual({ ok: false });
    expect(a.focus.mock.calls).toEqual([['ncri'], ['mek']]);
    expect(a.describe).toHaveBeenCalledTimes(1);
  });

  it('removes its handle when the signal aborts', () => {
    const controller = new AbortController();
    answerContentRequests(answers(), controller.signal);
    expect(handoff().handle).toBeTypeOf('function');
    controller.abort();
    expect(handoff().handle).toBeUndefined();
  });
});
