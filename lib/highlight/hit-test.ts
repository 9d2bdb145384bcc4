/** A caret position under a point: the text node and offset the browser would place a caret at. */
export interface Caret {
  node: Node;
  offset: number;
}

/** Finds the caret under a viewport point; a seam because jsdom has no caret APIs. */
export type CaretAt = (x: number, y: number) => Caret | null;

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The standard caretPositionFromPoint where present (Firefox, Chrome 128+), else WebKit's
 * caretRangeFromPoint. A caret inside a shadow tree is reported at its host unless the tree's root is
 * passed in: `shadowRoots` gives the roots holding our highlights (none on most pages).
 */
export function caretAtFor(doc: Document, shadowRoots: () => readonly ShadowRoot[] = () => []): CaretAt {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    return (x, y) => {
      const roots = shadowRoots();
      const p = roots.length ? d.caretPositionFromPoint!(x, y, { shadowRoots: [...roots] }) : d.caretPositionFromPoint!(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    };
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    return (x, y) => {
      const r = d.caretRangeFromPoint!(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    };
  }
  return () => null;
}

function inside(rects: ArrayLike<DOMRect>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/**
 * Index of the range under the point, or -1. Highlights receive no events, so we ask for the caret
 * under the pointer and confirm with the range's boxes (a caret snaps to the nearest text even when
 * the pointer is in a margin).
 */
export function hitTest(ranges: readonly Range[], caretAt: CaretAt, x: number, y: number): number {
  const caret = caretAt(x, y);
  if (!caret) return -1;
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i];
    let contains = false;
    try {
      contains = range.isPointInRange(caret.node, caret.offset);
    } catch {
      contains = false; // caret in another document or a doctype: not ours
    }
    if (contains && inside(range.getClientRects(), x, y)) return i;
  }
  return -1;
}
