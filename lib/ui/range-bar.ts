import type { FigureValue } from '../dataset/types.ts';
import { formatValue, PERSPECTIVE_GROUPS, type FigureMark, type MarkGroup } from './figure-marks.ts';
import { packLabels, textWidth } from './label-packing.ts';

/**
 * Width of the bar's drawing, in its own units: the card's content width (440 px less 14 px padding
 * each side, card.css); a narrower sheet scales it down.
 */
export const BAR_WIDTH = 412;
/** Room a label's marker glyph takes before its text. */
const GLYPH = 11;
const PAD = 7;
const MIN_GAP = 3;
const ROW = 13;
const LANE = 10;

/** One mark placed on the bar: its span on the axis, its lane, and its label's box. */
export interface PlacedMark extends FigureMark {
  value: FigureValue;
  x1: number;
  x2: number;
  /** Vertical centre of the mark. */
  y: number;
  /** The label's box (left edge, baseline, width), of which `glyph` units hold its marker before the text. */
  label: { text: string; x: number; baseline: number; width: number; glyph: number; bold: boolean };
}

/** The whole bar: scale, marks, legend, and the figures that have no value to place. */
export interface RangeBarLayout {
  scale: 'log' | 'linear';
  width: number;
  height: number;
  axis: { x1: number; x2: number; y: number };
  marks: PlacedMark[];
  /** The marks' key: each perspective group present. */
  legend: Exclude<MarkGroup, 'claim'>[];
  /** How to read the axis: "log scale" or "scale from 0". */
  scaleNote: string;
  unplaced: FigureMark[];
}

/** Log scale when the largest and smallest values differ by 10× or more, else linear from zero. */
export function chooseScale(values: readonly number[]): { scale: 'log' | 'linear'; at: (v: number) => number } {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = BAR_WIDTH - 2 * PAD;
  if (min > 0 && max / min >= 10) {
    const lo = Math.log10(min);
    const hi = Math.log10(max);
    return { scale: 'log', at: (v) => PAD + ((Math.log10(v) - lo) / (hi - lo)) * span };
  }
  return { scale: 'linear', at: (v) => PAD + (max > 0 ? v / max : 0) * span };
}

/** First lane whose last span ends before `left`; `ends` is updated with `right`. */
function firstFree(ends: number[], left: number, right: number): number {
  let row = ends.findIndex((end) => end <= left);
  if (row === -1) row = ends.length;
  ends[row] = right;
  return row;
}

/**
 * Lays out a statistic's range bar: the op-ed's mark above the axis with its label on top, every
 * other figure on the axis (overlapping spans on lanes below each other), labels in rows beneath so
 * none overlaps another, then the legend. Null when no figure has a value.
 */
export function layoutRangeBar(figures: readonly FigureMark[]): RangeBarLayout | null {
  const valued = figures.filter((f): f is FigureMark & { value: FigureValue } => f.value !== null);
  if (valued.length === 0) return null;
  const { scale, at } = chooseScale(valued.flatMap((f) => [f.value.low, f.value.high ?? f.value.low]));
  const claim = valued.find((f) => f.group === 'claim');
  const axisY = claim ? 17 : 8;
  const clampLeft = (centre: number, width: number) => Math.max(0, Math.min(BAR_WIDTH - width, centre - width / 2));
  const label = (f: FigureMark & { value: FigureValue }) => {
    const text = `${f.short}: ${formatValue(f.value)}`;
    // The op-ed's label sits next to its own mark, so it needs no glyph of its own.
    const glyph = f.group === 'claim' ? 0 : GLYPH;
    return { text, glyph, width: glyph + textWidth(text, f.group === 'claim') };
  };

  // Lanes: spans that would touch go on separate lanes, below the axis.
  const others = valued.filter((f) => f !== claim).map((f) => ({ f, x1: at(f.value.low), x2: at(f.value.high ?? f.value.low) }));
  others.sort((a, b) => a.x1 - b.x1 || a.x2 - b.x2);
  const laneEnds: number[] = [];
  const lanes = others.map((o) => firstFree(laneEnds, o.x1 - 5 - MIN_GAP, o.x2 + 5));
  const labelTop = axisY + Math.max(0, laneEnds.length - 1) * LANE + 9;

  // Labels: each centred on its mark, or starting or ending there, whichever choice needs fewest rows.
  const withLabels = others.map((o, i) => ({ ...o, lane: lanes[i], ...label(o.f) }));
  const options = withLabels.map((o) => [clampLeft((o.x1 + o.x2) / 2, o.width), clampLeft(o.x1 - 5 + o.width / 2, o.width), clampLeft(o.x2 + 5 - o.width / 2, o.width)]);
  const { lefts, rows } = packLabels(options, withLabels.map((o) => o.width));
  const marks: PlacedMark[] = withLabels.map((o, i) => {
    const x = lefts[i];
    const row = rows[i];
    const baseline = labelTop + (row + 1) * ROW - 3;
    return { ...o.f, x1: o.x1, x2: o.x2, y: axisY + o.lane * LANE, label: { text: o.text, x, baseline, width: o.width, glyph: o.glyph, bold: false } };
  });
  if (claim) {
    const x = at(claim.value.low);
    const l = label(claim);
    // Beside its mark, above the axis, on the side with more room: no row of its own.
    const left = x > BAR_WIDTH / 2 ? x - 9 - l.width : x + 9;
    marks.unshift({ ...claim, x1: x, x2: x, y: axisY - 6, label: { ...l, x: Math.max(0, Math.min(BAR_WIDTH - l.width, left)), baseline: axisY - 5, bold: true } });
  }

  // Legend: each perspective group present, in the groups' order (the op-ed's mark is labelled as such).
  const present = new Set(valued.map((f) => f.group));
  const legend = PERSPECTIVE_GROUPS.map((g) => g.id).filter((g) => present.has(g));
  return {
    scale,
    width: BAR_WIDTH,
    height: labelTop + (Math.max(-1, ...rows) + 1) * ROW + 2,
    axis: { x1: 0, x2: BAR_WIDTH, y: axisY },
    marks,
    legend,
    scaleNote: scale === 'log' ? 'log scale' : 'scale from 0',
    unplaced: figures.filter((f) => f.value === null),
  };
}
