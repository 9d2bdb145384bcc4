import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { CardPort } from '../../../entrypoints/annotator/card-port.ts';
import { watchHover } from '../../../entrypoints/annotator/hover.ts';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS } from '../../../lib/timings.ts';

// jsdom has no caret APIs and no layout: the document gets a caretPositionFromPoint that finds the
// highlighted text at x < 100 (nothing elsewhere), and the range a box covering that strip.
const ON = { x: 10, y: 10 };
const OFF = { x: 500, y: 10 };

let controller: AbortController;
let range: Range;
let cardEl: HTMLElement;
let open: Mock<(index: number, focus: boolean) => void>;
let prefetch: Mock<(index: number) => void>;
let card: CardPort & { hide: Mock<() => void> };
let cardOpen: boolean;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>The <b>NCRI</b> said</p><div id="card"></div>';
  const text = document.querySelector('b')!.firstChild!;
  cardEl = document.getElementById('card')!;
  range = document.createRange();
  range.selectNodeContents(text);
  range.getClientRects = () => [new DOMRect(0, 0, 100, 20)] as unknown as DOMRectList;
  Object.assign(document, { caretPositionFromPoint: (x: number) => (x < 100 ? { offsetNode: text, offset: 1 } : null) });
  cardOpen = false;
  open = vi.fn(() => { cardOpen = true; });
  prefetch = vi.fn();
  card = {
    prefetch: vi.fn(), show: vi.fn(), hostElement: () => cardEl, destroy: vi.fn(),
    hide: vi.fn(() => { cardOpen = false; }),
    isOpen: () => cardOpen,
    contains: (target) => target === cardEl,
  };
  controller = new AbortController();
  watchHover(document, () => [range], card, open, controller.signal, prefetch);
});
afterEach(() => {
  controller.abort();
  delete (document as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  vi.useRealTimers();
});

/** A mouse move, handled on the next animation frame as the module does. */
function move({ x, y }: { x: number; y: number }, target: EventTarget = document) {
  target.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, pointerType: 'mouse', bubbles: true }));
  vi.advanceTimersToNextFrame();
}

describe('watchHover', () => {
  it('opens a card only after the pointer dwells on a highlight', () => {
    move(ON);
    expect(prefetch).toHaveBeenCalledWith(0); // loading starts while the reader dwells
    vi.advanceTimersByTime(OPEN_DELAY_MS - 1);
    expect(open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(open).toHaveBeenCalledWith(0, false);
  });

  it('opens nothing when the pointer moves on before the dwell ends', () => {
    move(ON);
    vi.advanceTimersByTime(OPEN_DELAY_MS / 2);
    move(OFF);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(open).not.toHaveBeenCalled();
  });

  it('closes an open card after a grace period once the pointer leaves the term', () => {
    move(ON);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    move(OFF);
    vi.advanceTimersByTime(CLOSE_GRACE_MS - 1);
    expect(card.hide).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(card.hide).toHaveBeenCalledTimes(1);
  });

  it('keeps the card open when the pointer travels into it within the grace period', () => {
    move(ON);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    move(OFF);
    vi.advanceTimersByTime(CLOSE_GRACE_MS / 2);
    move(OFF, cardEl);
    vi.advanceTimersByTime(CLOSE_GRACE_MS);
    expect(card.hide).not.toHaveBeenCalled();
  });

  it('Escape closes an open card at once, and does nothing when none is open', () => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.hide).not.toHaveBeenCalled();
    move(ON);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(card.hide).not.toHaveBeenCalled();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(card.hide).toHaveBeenCalledTimes(1);
  });

  it('a tap on a highlight opens its card without a dwell; a tap elsewhere closes it', () => {
    document.dispatchEvent(new PointerEvent('pointerdown', { clientX: ON.x, clientY: ON.y, pointerType: 'touch' }));
    expect(open).toHaveBeenCalledWith(0, false);
    document.dispatchEvent(new PointerEvent('pointerdown', { clientX: OFF.x, clientY: OFF.y, pointerType: 'touch' }));
    expect(card.hide).toHaveBeenCalledTimes(1);
  });

  it('stops listening, and drops a pending open, when the signal aborts', () => {
    move(ON);
    controller.abort();
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(open).not.toHaveBeenCalled();
    cardOpen = true;
    move(OFF); // would schedule a close, then a new open with prefetch, if still listening
    move(ON);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    document.dispatchEvent(new PointerEvent('pointerdown', { clientX: ON.x, clientY: ON.y, pointerType: 'touch' }));
    vi.advanceTimersByTime(OPEN_DELAY_MS + CLOSE_GRACE_MS);
    expect([open.mock.calls.length, card.hide.mock.calls.length, prefetch.mock.calls.length]).toEqual([0, 0, 1]);
  });
});
