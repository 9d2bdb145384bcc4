import { describe, expect, it } from 'vitest';
import { inNotProse, NOT_PROSE } from '../../../lib/article/element-rules.ts';

const PAGE = `
  <main class="story-body">
    <p id="a">Article paragraph.</p>
    <figure><figcaption><p id="b">Caption.</p></figcaption></figure>
    <div class="Photo-GALLERY"><section><p id="c">Gallery text.</p></section></div>
    <div class="related-TeaserCard"><p id="d">Teaser.</p><div><p id="e">Nested teaser.</p></div></div>
    <div class="slideshow-not"><p id="f">Slides.</p></div>
    <div class="gallerist"><p id="g">A class that only contains the word.</p></div>
    <div><span><p id="h">Deep article paragraph.</p></span></div>
  </main>`;

describe('inNotProse', () => {
  it('agrees with closest(NOT_PROSE) for every element, whatever order the cache fills in', () => {
    document.body.innerHTML = PAGE;
    const all = [...document.body.querySelectorAll('*')];
    const expected = all.map((el) => el.closest(NOT_PROSE) !== null);
    expect(expected.filter(Boolean).length).toBeGreaterThan(5); // the page has both kinds
    expect(expected.filter((v) => !v).length).toBeGreaterThan(5);
    for (const order of [all, [...all].reverse()]) {
      const seen = new Map<Element, boolean>();
      const got = new Map(order.map((el) => [el, inNotProse(el, seen)]));
      expect(all.map((el) => got.get(el))).toEqual(expected);
    }
  });

  it('matches each ancestor once: sibling paragraphs reuse the verdicts above them', () => {
    document.body.innerHTML = `<article>${'<p>Text.</p>'.repeat(50)}</article>`;
    const seen = new Map<Element, boolean>();
    let matches = 0;
    const original = Element.prototype.matches;
    Element.prototype.matches = function (this: Element, selector: string) { matches++; return original.call(this, selector); };
    try {
      for (const p of document.querySelectorAll('p')) expect(inNotProse(p, seen)).toBe(false);
    } finally {
      Element.prototype.matches = original;
    }
    expect(matches).toBe(50 + 3); // each paragraph, then article, body and html once
  });
});
