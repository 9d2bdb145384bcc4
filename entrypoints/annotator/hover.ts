import { caretAtFor, hitTest } from '../../lib/highlight/hit-test.ts';
import { CLOSE_GRACE_MS, OPEN_DELAY_MS, SWITCH_DELAY_MS } from '../../lib/timings.ts';
import type { CardPort } from './card-port.ts';


/** Handles the content script uses to drive the card from elsewhere (popup, keyboard). */
export interface HoverControl {
  cancelClose(): void;
  scheduleClose(): void;
  closeNow(): void;
  show(index: number, focus?: boolean): void;
}

/** Wires pointer, touch, Escape and scroll to the card. Every listener is bound to `signal`. */
export function watchHover(
  doc: Document,
  ranges: () => readonly Range[],
  card: CardPort,
  open: (index: number, focus: boolean) => void,
  signal: AbortSignal,
  prefetch: (index: number) => void = () => {},
  shadowRoots: () => readonly ShadowRoot[] = () => [],
): HoverControl {
  const caretAt = caretAtFor(doc, shadowRoots);
  const win = doc.defaultView!;
  let openTimer = 0;
  let closeTimer = 0;
  let frame = 0;
  let hovered = -1;
  let shown = -1;
  let last: PointerEvent | null = null;

  const cancelOpen = () => { win.clearTimeout(openTimer); openTimer = 0; };
  const cancelClose = () => { win.clearTimeout(closeTimer); closeTimer = 0; };
  const closeNow = () => { cancelOpen(); cancelClose(); card.hide(); shown = -1; };
  const scheduleClose = () => {
    if (!card.isOpen() || closeTimer) return;
    closeTimer = win.setTimeout(closeNow, CLOSE_GRACE_MS);
  };
  const show = (index: number, focus = false) => { cancelOpen(); cancelClose(); shown = index; open(index, focus); };

  const onFrame = () => {
    frame = 0;
    const e = last;
    if (!e) return;
    if (card.contains(e.target)) { cancelClose(); return; }
    const index = hitTest(ranges(), caretAt, e.clientX, e.clientY);
    if (index === hovered) return;
    hovered = index;
    cancelOpen();
    if (index === -1) { scheduleClose(); return; }
    if (index === shown) { cancelClose(); return; }
    prefetch(index);
    openTimer = win.setTimeout(() => show(index), card.isOpen() ? SWITCH_DELAY_MS : OPEN_DELAY_MS);
  };

  const opts = { passive: true, signal, capture: true } as const;
  doc.addEventListener('pointermove', (e) => {
    if (e.pointerType === 'touch') return;
    last = e;
    if (!frame) frame = win.requestAnimationFrame(onFrame);
  }, opts);
  // Touch and pen: a tap on a highlight opens its card at once; a tap elsewhere closes it.
  doc.addEventListener('pointerdown', (e) => {
    if (card.contains(e.target)) return;
    if (e.pointerType === 'mouse') { if (card.isOpen()) closeNow(); return; }
    const index = hitTest(ranges(), caretAt, e.clientX, e.clientY);
    if (index === -1) closeNow();
    else show(index);
  }, opts);
  doc.addEventListener('keydown', (e) => { if (e.key === 'Escape' && card.isOpen()) closeNow(); }, { signal, capture: true });
  // Scroll: the card follows its term, and closes once the term has scrolled out of view.
  let scrollFrame = 0;
  win.addEventListener('scroll', (e) => {
    if (!card.isOpen() || shown === -1 || card.contains(e.target) || scrollFrame) return;
    scrollFrame = win.requestAnimationFrame(() => {
      scrollFrame = 0;
      const range = ranges()[shown];
      const r = range?.getBoundingClientRect();
      if (!r || r.bottom < 0 || r.top > win.innerHeight || (r.width === 0 && r.height === 0)) closeNow();
      else open(shown, false);
    });
  }, { passive: true, signal, capture: true });
  signal.addEventListener('abort', () => { cancelOpen(); cancelClose(); if (frame) win.cancelAnimationFrame(frame); });
  return { cancelClose, scheduleClose, closeNow, show };
}
