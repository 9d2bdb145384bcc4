import { describe, expect, it } from 'vitest';
import type { Dataset, Entry } from '../../../lib/dataset/types.ts';
import { filterGroups, groupTerms, kindsIn, matchesQuery } from '../../../lib/ui/term-list.ts';
import mini from '../../fixtures/mini-dataset.json';

const dataset = mini as Dataset;
const byId = new Map(dataset.entries.map((e) => [e.id, e]));
const annotations = [
  { entryId: 'executions-since-2024', kind: 'statistic' as const, text: 'more than 2,500 people' },
  { entryId: 'mek', kind: 'organisation' as const, text: 'MEK' },
  { entryId: 'ncri', kind: 'organisation' as const, text: 'NCRI' },
  { entryId: 'mek', kind: 'organisation' as const, text: 'PMOI' },
  { entryId: 'not-in-dataset', kind: 'person' as const, text: 'Someone' },
];

describe('groupTerms', () => {
  it('groups by kind in declared order, one row per entry with its count, terms in page order', () => {
    const groups = groupTerms(annotations, byId);
    expect(groups.map((g) => [g.kind, g.terms.map((t) => [t.entry.id, t.count])])).toEqual([
      ['organisation', [['mek', 2], ['ncri', 1]]],
      ['statistic', [['executions-since-2024', 1]]],
    ]);
  });
});

describe('matchesQuery and filterGroups', () => {
  const mek = byId.get('mek') as Entry;
  it('finds a term by label, alias or summary, ignoring case and accents; every word must match', () => {
    expect(matchesQuery(mek, 'mojahedin')).toBe(true);
    expect(matchesQuery(mek, 'pmoi')).toBe(true);
    expect(matchesQuery({ ...mek, summary: 'Exiled in Iraq until 2016.' }, 'IRAQ 2016')).toBe(true);
    expect(matchesQuery({ ...mek, label: 'Efsad-e fel-arz' }, 'éfsad')).toBe(true);
    expect(matchesQuery(mek, 'mojahedin guard')).toBe(false);
    expect(matchesQuery(mek, '   ')).toBe(true);
  });
  it('drops groups left empty', () => {
    const groups = filterGroups(groupTerms(annotations, byId), 'executions');
    expect(groups.map((g) => g.kind)).toEqual(['statistic']);
    expect(filterGroups(groupTerms(annotations, byId), 'nothing like this')).toEqual([]);
  });
});

describe('kindsIn', () => {
  it('lists the highlighted kinds the dataset has, in declared order', () => {
    expect(kindsIn(dataset)).toEqual(['organisation', 'statistic']);
  });
});
