import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { createAnnotationRuns } from '../../../entrypoints/annotator/annotation-runs.ts';
import type { PageAnnotation } from '../../../lib/annotate/annotate-article.ts';
import type { Dataset } from '../../../lib/dataset/types.ts';
import type { AnnotationModel } from '../../../lib/model/annotation-model.ts';
import mini from '../../fixtures/mini-dataset.json';
import { modelFor } from '../../support/model.ts';

const opEd = readFileSync(path.resolve(__dirname, '../../../assets/articles/oped-why-iran-executes.txt'), 'utf8');
const model = modelFor(mini as Dataset, { 'oped-why-iran-executes': opEd });
const related = [
  'The National Council of Resistance of Iran held a rally in Berlin on Saturday, where speakers criticised the government in Tehran and praised exiled activists who had travelled from across Europe to attend.',
  'Its main member, the MEK, was removed from the US list of designated organisations in 2012, a decision that Iranian officials condemned at the time as a political favour to an armed group.',
  'Speakers also urged the European Union to list the IRGC, which Canada and the United States had already designated; more than 2,500 people attended, according to the organisers of the event.',
];
const show = (paragraphs: string[]) => {
  document.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
};

let controller: AbortController;
let results: PageAnnotation[];
let onError: Mock<(error: unknown) => void>;
beforeEach(() => {
  show(opEd.split('\n').slice(1));
  controller = new AbortController();
  results = [];
  onError = vi.fn();
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

/** Makes every step use up a slice, so runs pause (and can be overtaken) between steps. */
function sliceEveryStep() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
}
/** Makes the clock stand still, so a run finishes in one slice before it can be overtaken. */
const oneSlice = () => vi.spyOn(performance, 'now').mockReturnValue(0);

describe('createAnnotationRuns', () => {
  it('annotates the page and hands the result to onResult', async () => {
    await createAnnotationRuns(document, model, (r) => results.push(r), onError, controller.signal)();
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ found: true, opEdId: 'oped-why-iran-executes' });
    expect(results[0].occurrences.length).toBeGreaterThan(0);
    expect(onError).not.toHaveBeenCalled();
  });

  it.each([['still working', sliceEveryStep], ['already finished', oneSlice]])('only the newest run’s result arrives when the older run is %s', async (_, clock) => {
    clock();
    const annotate = createAnnotationRuns(document, model, (r) => results.push(r), onError, controller.signal);
    const older = annotate();
    show(related); // the page changed again while the first run was working
    await Promise.all([older, annotate()]);
    expect(results.map((r) => r.opEdId)).toEqual([null]);
    expect(results[0].occurrences.map((o) => o.text)).toEqual(['National Council of Resistance of Iran', 'MEK', 'IRGC']);
  });

  it('reports a failed run to onError, not onResult', async () => {
    const broken = { ...model, get articles(): AnnotationModel['articles'] { throw new Error('bad model'); } };
    await createAnnotationRuns(document, broken, (r) => results.push(r), onError, controller.signal)();
    expect(onError).toHaveBeenCalledWith(new Error('bad model'));
    expect(results).toEqual([]);
  });

  it('abandons a run in progress when the signal aborts', async () => {
    sliceEveryStep();
    const run = createAnnotationRuns(document, model, (r) => results.push(r), onError, controller.signal)();
    controller.abort();
    await run;
    expect(results).toEqual([]);
    expect(onError).not.toHaveBeenCalled();
  });
});
