import { describe, expect, it } from 'vitest';
import type { Dataset, Entry, Figure } from '../../../lib/dataset/types.ts';
import { compareClaim, figureSummary, fromWhom } from '../../../lib/ui/figure-summary.ts';
import bundled from '../../../assets/dataset/dataset.json';

const NCRI = 'NCRI/MEK (opposition)';
const sources = [
  { title: 'a', publisher: 'A', url: 'https://ngo.example/a', perspective: 'NGO' },
  { title: 'b', publisher: 'B', url: 'https://ncri.example/b', perspective: NCRI },
  { title: 'c', publisher: 'C', url: 'https://state.example/c', perspective: 'Iranian state media' },
  { title: 'd', publisher: 'D', url: 'https://un.example/d', perspective: 'UN' },
];
const fig = (sourceUrl: string, low: number, high?: number): Figure => ({
  monitor: 'm', figure: String(low), period: 'p', sourceUrl, value: high === undefined ? { low } : { low, high },
});

/** A statistic claiming `claim` (a number or range), credited to `perspective`, with these figures. */
function stat(id: string, perspective: string | undefined, claim: [number, number?] | null, figures: Figure[]): Entry {
  return {
    id, kind: 'statistic', label: id, aliases: [], summary: 's', note: 'n', sources, asOf: '2025-01-01', figures,
    claim: { text: 't', by: 'b', ...(claim ? { value: claim[1] === undefined ? { low: claim[0] } : { low: claim[0], high: claim[1] } } : {}), ...(perspective ? { perspective } : {}) },
  };
}

describe('compareClaim', () => {
  it('says lower, higher or similar when every independent figure agrees, different when they split', () => {
    expect(compareClaim(stat('a', NCRI, [30000], [fig('https://ngo.example/a', 2800, 5000), fig('https://un.example/d', 3800)]))).toBe('lower');
    expect(compareClaim(stat('b', NCRI, [100], [fig('https://ngo.example/a', 150)]))).toBe('higher');
    expect(compareClaim(stat('c', NCRI, [100, 200], [fig('https://ngo.example/a', 150, 400)]))).toBe('similar');
    expect(compareClaim(stat('d', NCRI, [2500], [fig('https://ngo.example/a', 2600), fig('https://un.example/d', 1922)]))).toBe('different');
  });
  it('leaves out figures from the NCRI/MEK and from Iranian state media', () => {
    const entry = stat('e', NCRI, [30000], [fig('https://ngo.example/a', 2800), fig('https://ncri.example/b', 30000), fig('https://state.example/c', 40000)]);
    expect(compareClaim(entry)).toBe('lower');
  });
  it('has nothing to say without a printed value or an independent number', () => {
    expect(compareClaim(stat('f', NCRI, null, [fig('https://ngo.example/a', 1)]))).toBeNull();
    expect(compareClaim(stat('g', NCRI, [5], [fig('https://ncri.example/b', 5)]))).toBeNull();
    expect(compareClaim(stat('h', NCRI, [5], [{ ...fig('https://ngo.example/a', 1), value: undefined }]))).toBeNull();
  });
});

describe('figureSummary', () => {
  it('says nothing of figures when the page shows no statistic', () => {
    expect(figureSummary([])).toBeNull();
  });
  it('counts who the article credits, and says how independent figures compare', () => {
    const line = figureSummary([
      stat('a', NCRI, [30000], [fig('https://ngo.example/a', 2800, 5000)]),
      stat('b', NCRI, [2500], [fig('https://ngo.example/a', 2600), fig('https://un.example/d', 1922)]),
      stat('c', NCRI, null, [fig('https://ngo.example/a', 1)]),
      stat('d', undefined, [19], [fig('https://ngo.example/a', 6)]),
    ]);
    expect(line).toBe(
      '3 of 4 figures in this article come from the NCRI/MEK (opposition); it names no source for the other one. ' +
        'Independent monitors report lower or different figures for 3 of them.',
    );
  });
  it('names every perspective credited, and an article that credits nobody', () => {
    expect(figureSummary([stat('a', NCRI, null, []), stat('b', 'UN', null, [])])).toBe(
      '1 of 2 figures in this article comes from the NCRI/MEK (opposition), 1 from the UN.',
    );
    expect(figureSummary([stat('a', undefined, null, []), stat('b', undefined, null, [])])).toBe('The article names no source for any of its 2 figures.');
    expect(figureSummary([stat('a', NCRI, [10], [fig('https://ngo.example/a', 12)])])).toBe(
      'The one figure in this article comes from the NCRI/MEK (opposition). Independent monitors report higher figures.',
    );
  });
  it('describes the op-ed as the bundled dataset has it', () => {
    const statistics = (bundled as Dataset).entries.filter((e) => e.kind === 'statistic');
    expect(figureSummary(statistics)).toBe(
      '2 of 4 figures in this article come from the NCRI/MEK (opposition); it names no source for the other 2. ' +
        'Independent monitors report lower figures for 3 of them.',
    );
  });
});

describe('fromWhom', () => {
  it('reads naturally after "from"', () => {
    expect(['UN', 'NGO', 'news agency', 'encyclopedia', 'government of Canada', 'Iranian state media'].map(fromWhom)).toEqual([
      'the UN', 'an NGO', 'a news agency', 'an encyclopedia', 'the government of Canada', 'Iranian state media',
    ]);
  });
});
