import { describe, expect, it } from 'vitest';
import { aliasSpecs, compileMatcher } from '../../../lib/matching/compile-matcher.ts';
import { compileSentenceRules } from '../../../lib/matching/compile-sentence-rules.ts';
import { findMatches } from '../../../lib/matching/find-matches.ts';
import { findClaims, hasPhrase, keepInContext, sentenceAround, withClaims } from '../../../lib/matching/sentence-rules.ts';
import { normaliseText } from '../../../lib/text/normalise-char.ts';

const entries = [
  { aliases: ['No to Execution Tuesdays'], contextAliases: [{ alias: 'No to Executions', context: ['Tuesday', 'weekly'] }] },
  { aliases: ['approximately 30,000 political prisoners'], claimPatterns: [{ min: 1000, max: 40000, context: [['1988'], ['executed', 'killed']], exclude: ['worldwide'] }] },
];
const matcher = compileMatcher(aliasSpecs(entries));
const rules = compileSentenceRules(entries, matcher);
const text = (raw: string) => normaliseText(raw, true);
const inContext = (raw: string) => keepInContext(rules, text(raw), findMatches(matcher, text(raw))).map((m) => text(raw).slice(m.start, m.end));
const claims = (raw: string) => findClaims(rules, text(raw)).map((m) => text(raw).slice(m.start, m.end));

describe('sentenceAround', () => {
  it('stops at sentence ends and block breaks, not at decimal points', () => {
    const t = 'One thing. Some 3.5 million died!\nNext block';
    const at = t.indexOf('million');
    expect(t.slice(...sentenceAround(t, at, at + 7))).toBe('Some 3.5 million died');
    expect(t.slice(...sentenceAround(t, t.indexOf('Next'), t.indexOf('Next') + 4))).toBe('Next block');
  });
  it('finds phrases only on word boundaries', () => {
    expect(hasPhrase('in 1988 they', '1988')).toBe(true);
    expect(hasPhrase('in 19880 they', '1988')).toBe(false);
    expect(hasPhrase('were executed.', 'executed')).toBe(true);
    expect(hasPhrase('unexecuted plans', 'executed')).toBe(false);
  });
});

describe('context aliases', () => {
  it('keep a match only with a context word in the same sentence', () => {
    expect(inContext('Prisoners held weekly “No to Executions” protests.')).toEqual(['No to Executions']);
    expect(inContext('The NCRI launched a No to Executions campaign in Paris. It meets on Tuesday.')).toEqual([]);
  });
  it('leave plain aliases alone', () => {
    expect(inContext('No to Execution Tuesdays entered its 90th week.')).toEqual(['No to Execution Tuesdays']);
  });
});

describe('claim patterns', () => {
  it('find a number in range with a word of every group in its sentence', () => {
    expect(claims('Some 30,000 political prisoners were executed in 1988, the group says.')).toEqual(['30,000']);
    expect(claims('In 1988, at least 5000 people were killed in the prisons.')).toEqual(['5000']);
  });
  it('never match a number alone, a year, a percentage or a number outside the range', () => {
    expect(claims('Some 30,000 people attended the rally in 1988.')).toEqual([]);
    expect(claims('Prisoners were executed in 1988 and 1989.')).toEqual([]);
    expect(claims('In 1988, 45% of those executed were young.')).toEqual([]);
    expect(claims('The war that ended in 1988 killed 500,000 people.')).toEqual([]);
    expect(claims('Some 30,000 were executed. That was in 1988.')).toEqual([]);
    expect(claims('In 1988, some 30,000 people were executed worldwide.')).toEqual([]);
  });
  it('mark a sentence once per statistic, however many estimates it lists', () => {
    expect(claims('Estimates of those executed in 1988 range from 2,800 to 30,000.')).toEqual(['2,800']);
  });
  it('give way to an alias match over the same words', () => {
    const t = text('approximately 30,000 political prisoners were executed in 1988');
    const merged = withClaims(findMatches(matcher, t), findClaims(rules, t));
    expect(merged.map((m) => [t.slice(m.start, m.end), m.alias >= 0])).toEqual([['approximately 30,000 political prisoners', true]]);
  });
  it('refuse to compile a pattern without context', () => {
    expect(() => compileSentenceRules([{ claimPatterns: [{ min: 1, max: 9, context: [] }] }], matcher)).toThrow(/context/);
  });
});
