import { describe, expect, it } from 'vitest';
import { formatProblems, validateDataset } from '../../../lib/dataset/validate.ts';
import { isSafeUrl } from '../../../lib/dataset/validate-sources.ts';
import type { Dataset, Entry } from '../../../lib/dataset/types.ts';
import mini from '../../fixtures/mini-dataset.json';

const base = mini as Dataset;
function withEntry(patch: Partial<Entry> | ((e: Entry) => void), index = 0): Dataset {
  const copy = structuredClone(base);
  if (typeof patch === 'function') patch(copy.entries[index]);
  else Object.assign(copy.entries[index], patch);
  return copy;
}
const messages = (d: Dataset) => formatProblems(validateDataset(d));

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(base)).toEqual([]);
  });
  it('names the entry, the field and the reason', () => {
    expect(messages(withEntry({ note: '' }))).toBe('dataset entry "ncri", field note: missing or longer than 2000 characters');
  });
  it('rejects javascript:, data: and plain http links', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/', ' https://example.org/x']) {
      expect(messages(withEntry((e) => { e.sources[0].url = url; }))).toContain('field sources[0].url');
    }
  });
  it('requires a short plain-text summary', () => {
    expect(messages(withEntry({ summary: '' }))).toBe('dataset entry "ncri", field summary: missing or longer than 400 characters');
    expect(messages(withEntry({ summary: Array(31).fill('word').join(' ') }))).toContain('has 31 words (at most 30)');
    expect(messages(withEntry({ summary: 'A <em>marked</em> summary.' }))).toContain('field summary: must be plain text');
  });
  it('checks the numbers behind the range bar', () => {
    const stat = base.entries.findIndex((e) => e.kind === 'statistic');
    expect(messages(withEntry((e) => { e.claim!.value = { low: 30, high: 10 }; }, stat))).toContain('field claim.value');
    expect(messages(withEntry((e) => { e.figures![0].value = { low: -1 }; }, stat))).toContain('field figures[0].value');
    expect(messages(withEntry((e) => { e.claim!.perspective = 'the truth'; }, stat))).toContain('field claim.perspective');
    expect(messages(withEntry((e) => { e.claim!.value = { low: 2800, high: 5000 }; e.claim!.perspective = 'NGO'; }, stat))).toBe('');
  });
  it('checks context aliases like aliases, and requires their context words', () => {
    expect(messages(withEntry({ contextAliases: [{ alias: 'No to Executions', context: ['Tuesday'] }] }))).toBe('');
    expect(messages(withEntry({ contextAliases: [{ alias: '(No', context: ['Tuesday'] }] }))).toContain('field contextAliases[0].alias: must begin and end');
    expect(messages(withEntry({ contextAliases: [{ alias: 'No to Executions', context: [] }] }))).toContain('field contextAliases[0].context');
    expect(messages(withEntry((e) => { e.contextAliases = [{ alias: e.aliases[0], context: ['x y'] }]; }))).toContain('is also used by this entry');
  });
  it('allows claim patterns on statistics only, never a number without context', () => {
    const stat = base.entries.findIndex((e) => e.kind === 'statistic');
    const ok = { min: 1000, max: 40000, context: [['1988'], ['executed']] };
    expect(messages(withEntry({ claimPatterns: [ok] }, stat))).toBe('');
    expect(messages(withEntry({ claimPatterns: [ok] }))).toContain('field claimPatterns: only statistic entries');
    expect(messages(withEntry({ claimPatterns: [{ ...ok, context: [] }] }, stat))).toContain('field claimPatterns[0].context: needs at least one group');
    expect(messages(withEntry({ claimPatterns: [{ ...ok, context: [['1988'], []] }] }, stat))).toContain('field claimPatterns[0].context[1]');
    expect(messages(withEntry({ claimPatterns: [{ ...ok, min: 5000, max: 10 }] }, stat))).toContain('field claimPatterns[0].min');
  });
  it('rejects markup outside the allowlist in notes', () => {
    expect(messages(withEntry({ note: 'A <img src=x onerror=alert(1)> note.' }))).toContain('tag <img> is not allowed');
    expect(messages(withEntry({ note: 'A <em onclick="x()">note</em>.' }))).toContain('attribute onclick is not allowed');
    expect(messages(withEntry({ note: 'A <em>short</em> note.' }))).toBe('');
  });
  it('rejects missing fields and too few or one-sided sources', () => {
    expect(messages(withEntry((e) => { delete (e as Partial<Entry>).asOf; }))).toContain('field asOf');
    expect(messages(withEntry((e) => { e.sources = e.sources.slice(0, 1); }))).toContain('needs at least 2 sources');
    expect(messages(withEntry((e) => { e.sources[1].publisher = e.sources[0].publisher; }))).toContain('2 different publishers');
    expect(messages(withEntry((e) => { for (const s of e.sources) s.perspective = 'NCRI/MEK (opposition)'; }))).toContain('independent');
    expect(messages(withEntry((e) => { e.sources[0].perspective = 'the truth'; }))).toContain('unknown perspective');
  });
  it('rejects duplicate aliases across entries, whatever their case or typography', () => {
    expect(messages(withEntry((e) => { e.aliases.push('mek'); }))).toContain('dataset entry "mek", field aliases: alias "MEK" is also used by ncri');
  });
  it('rejects aliases that begin or end with punctuation, which could never sit on a word boundary', () => {
    expect(messages(withEntry((e) => { e.aliases.push('(MEK)'); }))).toContain('must begin and end with a letter or digit');
    expect(messages(withEntry((e) => { e.aliases.push('U.S.'); }))).toContain('must begin and end with a letter or digit');
  });
  it('rejects enormous notes', () => {
    expect(messages(withEntry({ note: 'word '.repeat(71).trim() }))).toContain('has 71 words (at most 70)');
    expect(messages(withEntry({ note: 'x'.repeat(100_000) }))).toContain('field note');
  });
  it('requires claim and figures on statistics, each figure tied to a source', () => {
    const stat = base.entries.findIndex((e) => e.kind === 'statistic');
    expect(messages(withEntry((e) => { delete e.claim; }, stat))).toContain('field claim');
    expect(messages(withEntry((e) => { e.figures![0].sourceUrl = 'https://elsewhere.example.org/'; }, stat))).toContain('figures[0].sourceUrl');
  });
  it('rejects a dataset that is not a list of entries', () => {
    expect(validateDataset({} as Dataset)[0]).toMatchObject({ entry: '(dataset)', field: 'entries' });
  });
});

describe('isSafeUrl', () => {
  it('allows https URLs to real hosts only', () => {
    expect(isSafeUrl('https://www.hrw.org/news/2022/06/08/irans-1988-mass-executions')).toBe(true);
    expect(isSafeUrl('https://user:pw@example.org/')).toBe(false);
    expect(isSafeUrl('https://localhost/')).toBe(false);
    expect(isSafeUrl('JaVaScRiPt:alert(1)')).toBe(false);
  });
});
