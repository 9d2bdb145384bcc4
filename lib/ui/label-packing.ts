// Labels on the range bar: how wide a text is estimated to be, and where labels go so none overlaps.

/** Label font size, in the bar's units. */
export const LABEL_SIZE = 11;
/** Least space between two labels in one row. */
const LABEL_GAP = 8;
/** Up to this many labels every combination of their positions is tried (3^8 = 6,561). */
const MAX_EXHAUSTIVE = 8;

/**
 * Estimated width of a label, from glyph classes (em widths of DejaVu Sans, among the widest
 * system-ui faces, rounded up), so that labels estimated apart never touch on screen.
 */
export function textWidth(text: string, bold = false): number {
  let em = 0;
  for (const c of text) {
    if (/[A-Z]/.test(c)) em += 0.72;
    else if (/[0-9]/.test(c)) em += 0.64;
    else if (/[a-z]/.test(c)) em += 0.58;
    else if (/[ ,.:;'’/()-]/.test(c)) em += 0.36;
    else em += 0.85;
  }
  return Math.ceil(em * LABEL_SIZE * (bold ? 1.12 : 1));
}

/** Rows for labels at fixed lefts: first fit in order of left edge, which is optimal for intervals. */
function fitRows(lefts: readonly number[], widths: readonly number[]): number[] {
  const rows: number[] = [];
  const ends: number[] = [];
  for (const i of lefts.map((_, i) => i).sort((a, b) => lefts[a] - lefts[b])) {
    let row = ends.findIndex((end) => end + LABEL_GAP <= lefts[i]);
    if (row === -1) row = ends.length;
    ends[row] = lefts[i] + widths[i];
    rows[i] = row;
  }
  return rows;
}

/**
 * Chooses one left edge per label from its options (the first preferred) so the labels need the
 * fewest rows; every combination is tried while there are few (a statistic has a handful of figures).
 */
export function packLabels(options: readonly number[][], widths: readonly number[]): { lefts: number[]; rows: number[] } {
  const count = options.length;
  const tries = count <= MAX_EXHAUSTIVE ? 3 ** count : 1;
  let best = { lefts: options.map((o) => o[0]), rows: fitRows(options.map((o) => o[0]), widths), cost: Infinity };
  for (let n = 0; n < tries; n++) {
    const pick = options.map((_, i) => Math.floor(n / 3 ** i) % 3);
    const lefts = options.map((o, i) => o[pick[i]]);
    const rows = fitRows(lefts, widths);
    const cost = (Math.max(0, ...rows) + 1) * 100 + pick.filter((p) => p > 0).length;
    if (cost < best.cost) best = { lefts, rows, cost };
  }
  return best;
}
