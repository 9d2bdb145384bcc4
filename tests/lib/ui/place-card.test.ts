import { describe, expect, it } from 'vitest';
import { placeCard, type Box, type Placement } from '../../../lib/ui/place-card.ts';

const view = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };
const term = (top: number, left: number, width = 50, height = 20): Box => ({ top, left, width, height });

/** True when the placed card (full width as a sheet, shrunk to maxHeight if set) overlaps any of the boxes. */
const covers = (p: Placement, anchors: readonly Box[], size = card, viewport = view) => {
  const right = p.left + (p.sheet ? viewport.width : size.width);
  const bottom = p.top + (p.maxHeight ?? size.height);
  return anchors.some((a) => p.left < a.left + a.width && a.left < right && p.top < a.top + a.height && a.top < bottom);
};

describe('placeCard', () => {
  it('places the card below the term when it fits, its pointer over the term', () => {
    expect(placeCard([term(100, 200)], card, view)).toEqual({ top: 128, left: 200, maxHeight: null, side: 'below', sheet: false, arrow: 25 });
  });

  it('flips above when there is no room below', () => {
    expect(placeCard([term(700, 200)], card, view)).toMatchObject({ top: 392, side: 'above', maxHeight: null });
  });

  it('shifts sideways to stay inside the viewport, the pointer still at the term', () => {
    const right = placeCard([term(100, 900)], card, view);
    expect(right.left).toBe(1000 - 8 - 380);
    expect(right.arrow).toBe(900 + 25 - right.left);
    expect(placeCard([term(100, -40)], card, view)).toMatchObject({ left: 8, arrow: 14 });
  });

  it('clears every line of a term that wraps: below its last line, above its first', () => {
    const wrapped = [term(100, 800, 190), term(122, 10, 120)];
    const below = placeCard(wrapped, card, view);
    expect(below).toMatchObject({ top: 150, left: 10, side: 'below' });
    const low = [term(600, 800, 190), term(622, 10, 120)];
    const above = placeCard(low, card, view);
    expect(above).toMatchObject({ top: 600 - 8 - 300, left: 1000 - 8 - 380, side: 'above' });
    expect(covers(below, wrapped)).toBe(false);
    expect(covers(above, low)).toBe(false);
  });

  it('goes beside the term when it fits neither above nor below, never over it', () => {
    const tall = { width: 380, height: 500 };
    const p = placeCard([term(380, 100, 200)], tall, view);
    expect(p).toMatchObject({ side: 'right', left: 308, maxHeight: null });
    expect(covers(p, [term(380, 100, 200)], tall)).toBe(false);
    const leftOf = placeCard([term(380, 700, 200)], tall, view);
    expect(leftOf).toMatchObject({ side: 'left', left: 700 - 8 - 380 });
    expect(leftOf.arrow).toBe(380 + 10 - leftOf.top);
  });

  it('shrinks into the larger room when there is no room beside either, so its body scrolls', () => {
    const tall = { width: 380, height: 700 };
    const line = term(300, 10, 980);
    const p = placeCard([line], tall, view);
    expect(p).toMatchObject({ side: 'below', top: 328, maxHeight: 800 - 8 - 328 });
    expect(covers(p, [line], tall)).toBe(false);
  });

  it('keeps a card taller than the viewport inside it when it goes beside', () => {
    const p = placeCard([term(300, 10)], { width: 380, height: 2000 }, view);
    expect(p).toMatchObject({ side: 'right', top: 8, maxHeight: 800 - 16 });
  });

  describe('under 480 px wide', () => {
    const phone = { width: 390, height: 844 };
    const sheet = { width: 390, height: 300 };
    it('is a full-width sheet at the bottom when the term is above it', () => {
      expect(placeCard([term(100, 40, 200)], sheet, phone)).toEqual({ top: 544, left: 0, maxHeight: null, side: 'below', sheet: true, arrow: 140 });
    });
    it('moves to the top when the term is where the bottom sheet would be', () => {
      const wrapped = [term(700, 300, 87), term(722, 0, 60)];
      const p = placeCard(wrapped, sheet, phone);
      expect(p).toMatchObject({ top: 0, left: 0, side: 'above', sheet: true, maxHeight: null });
      expect(covers(p, wrapped, sheet, phone)).toBe(false);
    });
    it('shrinks into the larger room when the term sits in the middle', () => {
      const p = placeCard([term(400, 20)], { width: 390, height: 600 }, phone);
      expect(p).toMatchObject({ side: 'below', top: 428, maxHeight: 844 - 428, sheet: true });
    });
  });
});

describe('placeCard keeping its side', () => {
  const tall = { width: 380, height: 700 };
  it('grows in place below the term when "More" opens, its body scrolling, rather than jumping beside it', () => {
    expect(placeCard([term(300, 100)], tall, view)).toMatchObject({ side: 'right' });
    expect(placeCard([term(300, 100)], tall, view, 'below')).toMatchObject({ side: 'below', top: 328, left: 100, maxHeight: 800 - 8 - 328 });
    expect(placeCard([term(500, 100)], tall, view, 'above')).toMatchObject({ side: 'above', top: 8, maxHeight: 500 - 8 - 8 });
  });
  it('moves when the other side would hold it whole, or when its own side has too little room left', () => {
    expect(placeCard([term(600, 100)], card, view, 'below')).toMatchObject({ side: 'above', maxHeight: null });
    expect(placeCard([term(650, 100)], tall, view, 'below')).toMatchObject({ side: 'right' });
  });
});
