import type { Entry, FigureValue } from '../dataset/types.ts';
import type { CardColours } from './card-colours.ts';

/** Marker shapes of the range bar: one per perspective group, and the op-ed's own. */
export type MarkShape = 'claim' | 'square' | 'triangle' | 'circle' | 'diamond';

/**
 * Perspective groups, each with its marker shape and colour: a source's perspective label picks the
 * first group that lists it, else the last. The op-ed's own figure is not a group: it has its own mark.
 */
export const PERSPECTIVE_GROUPS = [
  { id: 'opposition', name: 'NCRI/MEK', shape: 'square', colour: 'markOpposition', perspectives: ['NCRI/MEK (opposition)'] },
  { id: 'state', name: 'Iranian state', shape: 'triangle', colour: 'markState', perspectives: ['Iranian state media', 'government of Iran'] },
  { id: 'monitor', name: 'NGO/UN', shape: 'circle', colour: 'markMonitor', perspectives: ['NGO', 'UN'] },
  { id: 'other', name: 'other', shape: 'diamond', colour: 'markOther', perspectives: [] },
] as const satisfies readonly { id: string; name: string; shape: MarkShape; colour: keyof CardColours; perspectives: readonly string[] }[];

/** A perspective group's id, or 'claim' for the op-ed's own figure. */
export type MarkGroup = (typeof PERSPECTIVE_GROUPS)[number]['id'] | 'claim';

/** The op-ed's own mark: its shape and colour. */
export const CLAIM_MARK = { name: 'op-ed', shape: 'claim', colour: 'markClaim' } as const;

/** One figure for the bar: who gives it, its perspective group and value, and the wording to read out. */
export interface FigureMark {
  group: MarkGroup;
  /** Who gives it, in full (read out) and short (printed on the bar). */
  who: string;
  short: string;
  /** The source's perspective label, or null when none is known. */
  perspective: string | null;
  /** The figure as worded in the dataset, e.g. "at least 1,922". */
  wording: string;
  value: FigureValue | null;
}

/** The group of a perspective label. */
export function groupOf(perspective: string | null): (typeof PERSPECTIVE_GROUPS)[number] {
  return PERSPECTIVE_GROUPS.find((g) => perspective !== null && (g.perspectives as readonly string[]).includes(perspective)) ?? PERSPECTIVE_GROUPS[PERSPECTIVE_GROUPS.length - 1];
}

/** How a group or the op-ed's mark is drawn. */
export function markStyle(group: MarkGroup): { name: string; shape: MarkShape; colour: keyof CardColours } {
  return group === 'claim' ? CLAIM_MARK : PERSPECTIVE_GROUPS.find((g) => g.id === group)!;
}

/** A name short enough for the bar: without a trailing parenthesis, cut at a word before `max` characters. */
export function shortName(name: string, max = 22): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
  if (bare.length <= max) return bare;
  const cut = bare.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 4 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** A count with thousands separators, independent of the browser's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A value as printed on the bar: "1,922" or "2,800–5,000". */
export function formatValue(v: FigureValue): string {
  return v.high === undefined || v.high === v.low ? formatCount(v.low) : `${formatCount(v.low)}–${formatCount(v.high)}`;
}

/**
 * A statistic's figures for the bar, the op-ed's first: each figure's perspective is that of the
 * source whose url is its sourceUrl. Entries without a claim or figures give none.
 */
export function figureMarks(entry: Pick<Entry, 'claim' | 'figures' | 'sources'>): FigureMark[] {
  if (!entry.claim || !entry.figures) return [];
  const perspectiveOf = new Map(entry.sources.map((s) => [s.url, s.perspective]));
  const claimBy = entry.claim.perspective ?? null;
  const claim: FigureMark = {
    group: 'claim',
    who: claimBy ? `the op-ed, citing ${claimBy}` : 'the op-ed',
    short: claimBy ? `Op-ed, citing ${shortName(claimBy)}` : 'Op-ed',
    perspective: claimBy,
    wording: entry.claim.value ? formatValue(entry.claim.value) : entry.claim.text,
    value: entry.claim.value ?? null,
  };
  const others = entry.figures.map((f): FigureMark => {
    const perspective = perspectiveOf.get(f.sourceUrl) ?? null;
    return { group: groupOf(perspective).id, who: f.monitor, short: shortName(f.monitor), perspective, wording: f.figure, value: f.value ?? null };
  });
  return [claim, ...others];
}

/** The bar's text alternative: every figure with who gives it (and their perspective), placed on the bar or not. */
export function describeFigures(figures: readonly FigureMark[], scale: 'log' | 'linear'): string {
  const one = (f: FigureMark) => `${f.who}${f.perspective && f.group !== 'claim' ? ` (${f.perspective})` : ''}: ${f.wording}`;
  const placed = figures.filter((f) => f.value !== null);
  const unplaced = figures.filter((f) => f.value === null);
  const scaleText = scale === 'log' ? 'a log scale' : 'a scale from 0';
  return `Figures on ${scaleText}: ${placed.map(one).join('; ')}.${unplaced.length ? ` Without a number: ${unplaced.map(one).join('; ')}.` : ''}`;
}
