/**
 * Every kind of entry, declared once: its id, how readers see it named, and its colours. The entry
 * type, settings, validation, popup grouping, the card's accent and the highlight stylesheet are all
 * derived from this list, so a kind is added or recoloured here and nowhere else.
 *
 * Hues follow the Okabe–Ito palette, which stays distinguishable with common colour-vision
 * deficiencies; every highlight pair keeps text at 4.5:1 or more (tests/lib/kinds.test.ts checks).
 */
export const KINDS = [
  kind('organisation', 'Organisation', 'Organisations', '#0072b2', ['#cde4ff', '#111111'], ['#1d4f91', '#ffffff']),
  kind('person', 'Person', 'People', '#e69f00', ['#ffdca8', '#111111'], ['#8a4b00', '#ffffff']),
  kind('event', 'Event', 'Events', '#009e73', ['#c9efd9', '#111111'], ['#0b6b4f', '#ffffff']),
  kind('campaign', 'Campaign', 'Campaigns', '#cc79a7', ['#f1d4ec', '#111111'], ['#7a2e6e', '#ffffff']),
  kind('legal-term', 'Legal term', 'Legal terms', '#b8a200', ['#fbf1a0', '#111111'], ['#665800', '#ffffff']),
  // Statistics are also underlined (double, see `underlineCss`), so colour is never the only cue: a
  // calm indigo that reads as "a figure with context", not the red squiggle of a spelling error.
  kind('statistic', 'Statistic', 'Statistics', '#5b57a6', ['#e6e4f7', '#111111', '#4a4690'], ['#423d8a', '#ffffff', '#d2cffb']),
  kind('place', 'Place', 'Places', '#777777', ['#e4e4e4', '#111111'], ['#555555', '#ffffff']),
  // The op-ed itself: listed at the top of the popup, never highlighted.
  kind('article', 'This article', 'This article', '#1f4e8c', null, null),
] as const;

/** What kind of thing an entry describes; drives highlight colour and popup grouping. */
export type EntryKind = (typeof KINDS)[number]['id'];

/** One highlight style: background, text colour and, where set, an underline colour. */
export interface Swatch {
  background: string;
  text: string;
  underline?: string;
}

/** One kind as declared above. */
export interface KindInfo {
  id: EntryKind;
  label: string;
  group: string;
  /** Accent for the card's top border and the popup's group heading. */
  accent: string;
  /** Highlight styles for light and dark pages; null for kinds never highlighted. */
  light: Swatch | null;
  dark: Swatch | null;
}

function kind<K extends string>(
  id: K, label: string, group: string, accent: string,
  light: readonly [string, string, string?] | null, dark: readonly [string, string, string?] | null,
) {
  const swatch = (s: readonly [string, string, string?] | null): Swatch | null =>
    s ? { background: s[0], text: s[1], ...(s[2] ? { underline: s[2] } : {}) } : null;
  return { id, label, group, accent, light: swatch(light), dark: swatch(dark) };
}

/** The line over and under the term whose card is open: the tone's text colour, so it shows on every tint. */
export const CURRENT_MARK = { light: '#111111', dark: '#ffffff' } as const;

/** The text-decoration that underlines a swatch (the highlight stylesheet and the popup's legend share it). */
export function underlineCss(s: Swatch): string | undefined {
  return s.underline ? `underline double ${s.underline} 1px` : undefined;
}

/** Every kind id, in display order. */
export const KIND_IDS: readonly EntryKind[] = KINDS.map((k) => k.id);

/** Kinds that are painted on the page, in the popup's order. */
export const HIGHLIGHT_KINDS: readonly EntryKind[] = KINDS.filter((k) => k.light).map((k) => k.id);

const BY_ID = new Map<string, KindInfo>(KINDS.map((k) => [k.id, k]));

/** True for a known kind id. */
export function isEntryKind(value: unknown): value is EntryKind {
  return typeof value === 'string' && BY_ID.has(value);
}

/** The declaration of one kind. */
export function kindInfo(id: EntryKind): KindInfo {
  return BY_ID.get(id)!;
}
