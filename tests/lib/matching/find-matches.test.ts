import { describe, expect, it } from 'vitest';
import { compileMatcher, hashForm, isCaseSensitiveAlias } from '../../../lib/matching/compile-matcher.ts';
import { findMatches } from '../../../lib/matching/find-matches.ts';
import { readMatcher, serialiseMatcher } from '../../../lib/matching/serialise-matcher.ts';
import { isWordCode, normaliseText } from '../../../lib/text/normalise-char.ts';

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
  it('does not join words across a block separator (the text map puts \\n between blocks)', () => {
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

describe('compiled matcher', () => {
  it('survives the build’s written form unchanged', () => {
    const text = normaliseText('The NCRI and the PMOI (MEK) spoke at the European Parliament conference: more than 2,500 people.', true);
    expect(findMatches(readMatcher(serialiseMatcher(matcher)), text)).toEqual(findMatches(matcher, text));
    expect(findMatches(matcher, text)).toHaveLength(5);
  });

  it('checks every alias sharing a hash, and only reports the one the text spells', () => {
    const m = compileMatcher([
      { alias: 'alpha', entry: 0 },
      { alias: 'beta', entry: 1 },
    ]);
    // Force a collision: give beta's row alpha's hash, in either order.
    const alpha = hashForm('alpha');
    const betaRow = [...m.keys].indexOf(hashForm('beta'));
    const alphaRow = [...m.keys].indexOf(alpha);
    for (const order of [[betaRow, alphaRow], [alphaRow, betaRow]]) {
      const collided = { ...m, keys: Uint32Array.from([alpha, alpha]), links: Uint32Array.from(order, (r) => m.links[r]) };
      expect(findMatches(collided, 'an alpha here')).toEqual([{ start: 3, end: 8, entry: 0, alias: 0 }]);
    }
  });

  it('refuses an alias that does not begin and end with a letter or digit', () => {
    expect(() => compileMatcher([{ alias: '(MEK', entry: 0 }])).toThrow(/must begin and end with a letter or digit/);
    expect(() => compileMatcher([{ alias: 'U.S.', entry: 0 }])).toThrow(/must begin and end/);
  });

  it('agrees with a brute-force leftmost-longest search on generated text', () => {
    const words = ['European', 'Parliament', 'conference', 'NCRI', 'MEK', 'mek', 'more', 'than', '2,500', 'people', 'of', 'Iran', 'x', '(', '—'];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let round = 0; round < 300; round++) {
      const raw = Array.from({ length: 1 + (next() % 14) }, () => words[next() % words.length]).join(next() % 3 ? ' ' : '\u00a0');
      const text = normaliseText(raw, true);
      expect(findMatches(matcher, text)).toEqual(bruteForce(text));
    }
  });
});

/** The specification, slowly: at each word start the longest alias spelled there, then on past it. */
function bruteForce(text: string): { start: number; end: number; entry: number; alias: number }[] {
  const forms = specs.map((s) => ({ form: isCaseSensitiveAlias(s.alias) ? normaliseText(s.alias, true) : normaliseText(s.alias), exact: isCaseSensitiveAlias(s.alias), entry: s.entry, alias: specs.indexOf(s) }));
  const word = (i: number) => i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
  const out: { start: number; end: number; entry: number; alias: number }[] = [];
  for (let i = 0; i < text.length; ) {
    if (!word(i) || word(i - 1)) {
      i++;
      continue;
    }
    let best: { start: number; end: number; entry: number; alias: number } | null = null;
    for (const f of forms) {
      const piece = text.slice(i, i + f.form.length);
      const same = f.exact ? piece === f.form : normaliseText(piece) === f.form;
      if (same && !word(i + f.form.length) && (!best || f.form.length > best.end - best.start)) best = { start: i, end: i + f.form.length, entry: f.entry, alias: f.alias };
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out;
}
