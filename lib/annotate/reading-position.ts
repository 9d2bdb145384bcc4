/** The visible part of the page, in the same coordinates as the occurrences' tops. */
export interface Viewport {
  top: number;
  bottom: number;
}

/**
 * Where "next" (1) or "previous" (-1) starts when the reader has no term open: the first occurrence
 * at or below the top of the viewport, or the last one above it, wrapping round at the ends. `tops`
 * are the occurrences' top edges in document order (NaN for one that is not laid out, which is skipped).
 */
export function fromReadingPosition(tops: readonly number[], viewTop: number, direction: 1 | -1): number {
  if (direction === 1) {
    const below = tops.findIndex((top) => top >= viewTop);
    return below === -1 ? tops.findIndex((top) => !Number.isNaN(top)) : below;
  }
  const above = tops.findLastIndex((top) => top < viewTop);
  return above === -1 ? tops.findLastIndex((top) => !Number.isNaN(top)) : above;
}

/** The index `direction` steps from `cursor` among `count` occurrences, wrapping at both ends. */
export function stepFrom(cursor: number, direction: 1 | -1, count: number): number {
  if (cursor < 0 || cursor >= count) return direction === 1 ? 0 : count - 1;
  return (cursor + direction + count) % count;
}

/**
 * The occurrence the keyboard opens next: the one after (or before) the current term while that term
 * is still in view, else the nearest from where the reader has scrolled to. -1 when there is none.
 */
export function keyboardTarget(tops: readonly number[], view: Viewport, cursor: number, direction: 1 | -1): number {
  const top = tops[cursor];
  if (top !== undefined && top >= view.top && top < view.bottom) return stepFrom(cursor, direction, tops.length);
  return fromReadingPosition(tops, view.top, direction);
}
