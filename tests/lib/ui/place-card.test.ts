import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../lib/ui/place-card.ts';

const view = { width: 1000, height: 800 };
const card = { width: 380, height: 300 };

describe('placeCard', () => {
  it('places the card below the term when it fits', () => {
    expect(placeCard({ top: 100, left: 200, width: 50, height: 20 }, card, view)).toEqual({ top: 128, left: 200 });
  });
  it('flips above when there is no room below', () => {
    expect(placeCard({ top: 700, left: 200, width: 50, height: 20 }, card, view)).toEqual({ top: 392, left: 200 });
  });
  it('shifts sideways to stay inside the viewport', () => {
    expect(placeCard({ top: 100, left: 900, width: 50, height: 20 }, card, view).left).toBe(1000 - 8 - 380);
    expect(placeCard({ top: 100, left: -40, width: 50, height: 20 }, card, view).left).toBe(8);
  });
  it('keeps a card taller than the viewport on screen', () => {
    const pos = placeCard({ top: 300, left: 10, width: 50, height: 20 }, { width: 380, height: 2000 }, view);
    expect(pos.top).toBe(8);
  });
});
