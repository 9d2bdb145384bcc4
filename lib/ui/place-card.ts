/** A rectangle in viewport pixels. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** Where the card sits relative to its term. */
export type Side = 'below' | 'above' | 'right' | 'left';

/** The card's place: position, a height limit when it must shrink, its side and where its pointer goes. */
export interface Placement {
  top: number;
  left: number;
  /** Set when the card must be shorter than its content: then its body scrolls. */
  maxHeight: number | null;
  side: Side;
  /** Full width along the top or bottom of a narrow viewport. */
  sheet: boolean;
  /** The pointer's offset along the card edge that faces the term. */
  arrow: number;
}

/** Viewports narrower than this get a full-width sheet instead of a card. */
export const SHEET_BELOW = 480;
const GAP = 8;
const MARGIN = 8;
const ARROW_INSET = 14;
const MIN_HEIGHT = 120;
/** Least room for keeping a grown card on its side (its body scrolling), rather than moving it. */
const MIN_KEEP = 200;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));

/** The smallest box holding every one of the term's boxes. */
function union(anchors: readonly Box[]) {
  const top = Math.min(...anchors.map((a) => a.top));
  const left = Math.min(...anchors.map((a) => a.left));
  const bottom = Math.max(...anchors.map((a) => a.top + a.height));
  const right = Math.max(...anchors.map((a) => a.left + a.width));
  return { top, left, bottom, right };
}

/**
 * Places a card next to its term without covering any of the term's boxes (one per line): below
 * when it fits, else above, else beside, else shrunk to the larger room above or below; shifted
 * sideways to stay in the viewport. Under SHEET_BELOW px it is a full-width sheet at the bottom, or
 * at the top when the term is where the sheet would be. `keep` is the side the card is on now: a card
 * that grows ("More") or follows a scrolling term stays there while it has room, so it does not jump
 * away from the pointer.
 */
export function placeCard(
  anchors: readonly Box[], card: { width: number; height: number }, view: { width: number; height: number }, keep?: Side,
): Placement {
  const u = union(anchors.length ? anchors : [{ top: 0, left: 0, width: 0, height: 0 }]);
  const first = anchors[0] ?? { top: u.top, left: u.left, width: 0, height: 0 };
  const last = anchors[anchors.length - 1] ?? first;
  const sheet = view.width < SHEET_BELOW;
  const margin = sheet ? 0 : MARGIN;
  const width = sheet ? view.width : card.width;
  const roomBelow = view.height - margin - (u.bottom + GAP);
  const roomAbove = u.top - GAP - margin;
  const alongX = (near: Box, left: number) => clamp(near.left + near.width / 2 - left, ARROW_INSET, width - ARROW_INSET);
  const vertical = (side: 'below' | 'above', maxHeight: number | null): Placement => {
    const height = maxHeight ?? card.height;
    const near = side === 'below' ? last : first;
    const left = sheet ? 0 : clamp(near.left, MARGIN, view.width - MARGIN - width);
    let top: number;
    if (sheet) top = side === 'below' ? view.height - height : 0;
    else top = side === 'below' ? u.bottom + GAP : u.top - GAP - height;
    return { top: Math.round(top), left: Math.round(left), maxHeight, side, sheet, arrow: Math.round(alongX(near, left)) };
  };
  if (keep === 'below' || keep === 'above') {
    // Stay if it fits whole, or if it fits whole nowhere else and there is still fair room (its body scrolls).
    const [room, other] = keep === 'below' ? [roomBelow, roomAbove] : [roomAbove, roomBelow];
    if (card.height <= room || (card.height > other && room >= MIN_KEEP)) return vertical(keep, card.height <= room ? null : Math.floor(room));
  }
  if (card.height <= roomBelow) return vertical('below', null);
  if (card.height <= roomAbove) return vertical('above', null);
  if (!sheet) {
    const fitsRight = u.right + GAP + width <= view.width - MARGIN;
    const fitsLeft = u.left - GAP - width >= MARGIN;
    if (fitsRight || fitsLeft) {
      const maxHeight = card.height > view.height - 2 * MARGIN ? view.height - 2 * MARGIN : null;
      const height = maxHeight ?? card.height;
      const top = clamp(first.top + first.height / 2 - height / 2, MARGIN, view.height - MARGIN - height);
      const left = fitsRight ? u.right + GAP : u.left - GAP - width;
      const arrow = clamp(first.top + first.height / 2 - top, ARROW_INSET, height - ARROW_INSET);
      return { top: Math.round(top), left: Math.round(left), maxHeight, side: fitsRight ? 'right' : 'left', sheet, arrow: Math.round(arrow) };
    }
  }
  // Fits nowhere whole: shrink into the larger room (its body scrolls) rather than cover the term.
  const below = roomBelow >= roomAbove;
  return vertical(below ? 'below' : 'above', Math.max(MIN_HEIGHT, Math.floor(below ? roomBelow : roomAbove)));
}
