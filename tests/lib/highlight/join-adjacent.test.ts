import { beforeEach, describe, expect, it } from 'vitest';
import { joinGaps, type Joinable } from '../../../lib/highlight/join-adjacent.ts';

/** Occurrences of `terms` in the body's text, in document order, each as [entry, text]. */
function occurrences(terms: [number, string][]): Joinable[] {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  let node = 0;
  let offset = 0;
  return terms.map(([entry, text]) => {
    for (; node < texts.length; node++, offset = 0) {
      const at = texts[node].data.indexOf(text, offset);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(texts[node], at);
      range.setEnd(texts[node], at + text.length);
      offset = at + 1;
      return { entry, kind: 'organisation', range };
    }
    throw new Error(`${text} not in the page`);
  });
}
const gapTexts = (items: Joinable[]) => joinGaps(items).map((g) => g.range.toString());

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('joinGaps', () => {
  it('joins a name and its abbreviation in brackets, across inline markup', () => {
    document.body.innerHTML = '<p>support for the <a>People’s <em>Mojahedin</em> Organisation of Iran</a> (PMOI/MEK), a member</p>';
    const items = occurrences([[3, 'Organisation of Iran'], [3, 'PMOI/MEK']]);
    const gaps = joinGaps(items);
    expect(gaps.map((g) => g.range.toString())).toEqual([' (']);
    expect(gaps[0].kind).toBe('organisation');
  });
  it('joins abbreviations separated by a slash, and collapses runs of source whitespace', () => {
    document.body.innerHTML = '<p>the PMOI/MEK and the MEK \n      – PMOI</p>';
    expect(gapTexts(occurrences([[1, 'PMOI'], [1, 'MEK'], [1, 'MEK'], [1, 'PMOI']]))).toEqual(['/', ' \n      – ']);
  });
  it('leaves different entries, prose in between and long gaps apart', () => {
    document.body.innerHTML = '<p>NCRI (MEK) and MEK, then MEK ... ... MEK</p>';
    expect(gapTexts(occurrences([[1, 'NCRI'], [2, 'MEK'], [2, 'MEK'], [2, 'MEK'], [2, 'MEK']]))).toEqual([]);
  });
  it('never joins across blocks, line breaks or images', () => {
    document.body.innerHTML = '<p>MEK</p><p>(MEK)</p><div>MEK<br>MEK</div><div>MEK <img alt=""> MEK</div><div>MEK<div></div>MEK</div>';
    const items = occurrences([[1, 'MEK'], [1, 'MEK'], [1, 'MEK'], [1, 'MEK'], [1, 'MEK'], [1, 'MEK'], [1, 'MEK'], [1, 'MEK']]);
    expect(gapTexts(items)).toEqual([]);
  });
  it('needs no join for touching or overlapping occurrences', () => {
    document.body.innerHTML = '<p>PMOIMEK</p>';
    expect(gapTexts(occurrences([[1, 'PMOI'], [1, 'MEK']]))).toEqual([]);
    const [whole] = occurrences([[1, 'PMOIMEK']]);
    const inside = whole.range.cloneRange();
    inside.setStart(inside.startContainer, inside.startOffset + 2);
    expect(gapTexts([whole, { ...whole, range: inside }])).toEqual([]);
  });
});
