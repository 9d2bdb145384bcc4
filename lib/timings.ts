// Every timing the content scripts share, in one place: the gate and the page watcher settle DOM
// bursts the same way, and the hover card's dwell and grace are tuned together.

/** Quiet time after the last mutation before the page is checked again. */
export const SETTLE_MS = 150;
/** Longest a burst of mutations can delay a check, so late articles are annotated within a second. */
export const MAX_WAIT_MS = 600;
/** Re-checks of a page that is not (yet) an article about the subject, before the gate gives up. */
export const MAX_GATE_CHECKS = 40;
/** How long a message waits for the annotator the gate has asked for, polling every HANDOFF_POLL_MS. */
export const HANDOFF_WAIT_MS = 3000;
/** Poll interval while a message waits for the annotator. */
export const HANDOFF_POLL_MS = 25;
/** Dwell before a card opens, so moving the pointer across text does not flash cards. */
export const OPEN_DELAY_MS = 200;
/** Dwell before a card switches to another term while one is already open. */
export const SWITCH_DELAY_MS = 60;
/** Grace before a card closes, so the pointer can travel into it and click its links. */
export const CLOSE_GRACE_MS = 300;
/** Longest slice of annotation work before yielding to the page. */
export const SLICE_BUDGET_MS = 8;

/**
 * Delay before a settled check, for a mutation at `now` in a burst that began at `first`: the
 * settle time, cut short so the whole burst never waits more than MAX_WAIT_MS.
 */
export function settleDelay(first: number, now: number): number {
  return Math.max(0, Math.min(SETTLE_MS, first + MAX_WAIT_MS - now));
}

/**
 * How long the background holds a sub-frame's request for the annotator until the tab's top page
 * has loaded (its gate runs by then, and wins when the top page is the article), polling every
 * TOP_FRAME_POLL_MS; then TOP_FRAME_GRACE_MS more for the top frame's own request to arrive.
 */
export const TOP_FRAME_WAIT_MS = 3000;
/** See TOP_FRAME_WAIT_MS. */
export const TOP_FRAME_POLL_MS = 50;
/** See TOP_FRAME_WAIT_MS. */
export const TOP_FRAME_GRACE_MS = 100;
