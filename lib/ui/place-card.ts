/** A rectangle in viewport pixels. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 8;
const MARGIN = 8;

/**
 * Places a card next to its term: below when it fits, else above (flip), else wherever there is
 * more room; shifted sideways to stay inside the viewport.
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }) {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = viewport.height - (anchor.top + anchor.height) > anchor.top ? below : Math.max(MARGIN, above);
  top = Math.max(MARGIN, Math.min(top, viewport.height - MARGIN - Math.min(card.height, viewport.height - 2 * MARGIN)));
  const maxLeft = viewport.width - MARGIN - card.width;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top: Math.round(top), left: Math.round(left) };
}
