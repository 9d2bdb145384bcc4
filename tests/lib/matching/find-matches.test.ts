import { describe, expect, it } from 'vitest';
import { compileMatcher, isCaseSensitiveAlias } from '../../../lib/matching/compile-matcher';
import { findMatches } from '../../../lib/matching/find-matches';
import { normaliseText } from '../../../lib/text/normalise-char';

const specs = [
  { alias: 'National Council of Resistance of Iran', entry: 0 },
  { alias: 'NCRI', entry: 0 },
  { alias: 'MEK', entry: 1 },
  { alias: 'PMOI', entry: 1 },
  { alias: "People's Mojahedin Organisation of Iran", entry: 1 },
  { alias: 'European Parliament', entry: 2 },
  { alias: 'European Parliament conference', entry: 3 },
  { alias: 'more than 2,500 people', entry: 4 },
];
const matcher = compileMatcher(specs);
const find = (raw: string) => {
  const text = normaliseText(raw, true);
  return findMatches(matcher, text).map((m) => [text.slice(m.start, m.end), m.entry]);
};

describe('findMatches', () => {
  it('finds every alias with its entry, in order', () => {
    expect(find('According to the NCRI, the PMOI/MEK said more than 2,500 people died.')).toEqual([
      ['NCRI', 0],
      ['PMOI', 1],
      ['MEK', 1],
      ['more than 2,500 people', 4],
    ]);
  });
  it('prefers the longest alias at a position', () => {
    expect(find('Speakers at the European Parliament conference agreed.')).toEqual([['European Parliament conference', 3]]);
    expect(find('the European Parliament voted')).toEqual([['European Parliament', 2]]);
  });
  it('matches across typographic variants', () => {
    expect(find('the People’s Mojahedin  Organisation of Iran')).toEqual([["People's Mojahedin Organisation of Iran", 1]]);
  });
  it('matches all-capital aliases case-sensitively and only as whole words', () => {
    expect(find('a mek in the meeting; MEKONG; homek; Mek')).toEqual([]);
    expect(find('(MEK)')).toEqual([['MEK', 1]]);
  });
  it('matches mixed-case aliases in any case, on word boundaries only', () => {
    expect(find('THE EUROPEAN PARLIAMENT')).toEqual([['EUROPEAN PARLIAMENT', 2]]);
    expect(find('the European Parliamentarians')).toEqual([]);
  });
  it('does not join words across a block separator (collect-text puts \\n between blocks)', () => {
    expect(findMatches(matcher, 'European\nParliament')).toEqual([]);
    expect(findMatches(matcher, 'European Parliament')).toHaveLength(1);
  });
  it('returns nothing for text without aliases', () => {
    expect(find('A page about gardening in 1988 in Brussels.')).toEqual([]);
  });
});

describe('isCaseSensitiveAlias', () => {
  it('is true for acronyms only', () => {
    expect(isCaseSensitiveAlias('MEK')).toBe(true);
    expect(isCaseSensitiveAlias('PMOI/MEK')).toBe(true);
    expect(isCaseSensitiveAlias('Mojahedin-e Khalq')).toBe(false);
    expect(isCaseSensitiveAlias('2,500')).toBe(false);
  });
});
