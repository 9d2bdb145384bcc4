/** The card's two tones: light on light pages, dark on dark ones. */
export type Tone = 'light' | 'dark';

/** One tone's colours. Mark colours are the range bar's perspective groups (see range-bar.ts). */
export interface CardColours {
  background: string;
  text: string;
  muted: string;
  link: string;
  border: string;
  rule: string;
  chip: string;
  chipText: string;
  hover: string;
  focus: string;
  axis: string;
  markClaim: string;
  markOpposition: string;
  markState: string;
  markMonitor: string;
  markOther: string;
  shadow: string;
}

/**
 * Every colour of the card, declared once per tone: the card's stylesheet takes them as custom
 * properties (toneCss) and the contrast test reads them from here.
 */
export const CARD_COLOURS: Record<Tone, CardColours> = {
  light: {
    background: '#ffffff', text: '#1a1a1a', muted: '#4a4a4a', link: '#0b57d0', border: '#8a8a8a', rule: '#dddddd',
    chip: '#ececec', chipText: '#2b2b2b', hover: '#eeeeee', focus: '#0b57d0', axis: '#767676',
    markClaim: '#1a1a1a', markOpposition: '#b34700', markState: '#00734f', markMonitor: '#0067a3', markOther: '#6b6b6b',
    shadow: 'rgba(0, 0, 0, 0.25)',
  },
  dark: {
    background: '#1f2125', text: '#ececec', muted: '#b9bdc4', link: '#8ab4f8', border: '#6b7079', rule: '#3b3f46',
    chip: '#33373d', chipText: '#e6e6e6', hover: '#2e3137', focus: '#8ab4f8', axis: '#8d929a',
    markClaim: '#f2f2f2', markOpposition: '#ff9a57', markState: '#3fd0a4', markMonitor: '#6cc0f0', markOther: '#b3b3b3',
    shadow: 'rgba(0, 0, 0, 0.6)',
  },
};

/** Pairs of [foreground, background] that carry text: each must keep 4.5:1 (WCAG AA). */
export const TEXT_PAIRS: readonly (readonly [keyof CardColours, keyof CardColours])[] = [
  ['text', 'background'], ['muted', 'background'], ['link', 'background'], ['chipText', 'chip'], ['text', 'hover'],
];

/** Colours that carry meaning without being text (marks, axis, focus ring): each must keep 3:1 (WCAG 1.4.11). */
export const GRAPHIC_COLOURS: readonly (keyof CardColours)[] = [
  'axis', 'focus', 'markClaim', 'markOpposition', 'markState', 'markMonitor', 'markOther',
];

const cssName = (key: string) => `--bs-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The custom property a colour is known by in the card's stylesheet, e.g. `--bs-mark-claim`. */
export function colourVar(key: keyof CardColours): string {
  return `var(${cssName(key)})`;
}

/** Custom properties for both tones, on `.tone-light` and `.tone-dark`, for the card's stylesheet. */
export function toneCss(): string {
  return (Object.keys(CARD_COLOURS) as Tone[])
    .map((tone) => `.tone-${tone}{${Object.entries(CARD_COLOURS[tone]).map(([k, v]) => `${cssName(k)}:${v};`).join('')}color-scheme:${tone};}`)
    .join('\n');
}

/**
 * The card's tone: the page's own background wins when it paints one; a page that paints none
 * shows the browser's canvas, so the reader's colour-scheme preference decides.
 */
export function cardTone(pageTone: Tone | null, prefersDark: boolean): Tone {
  return pageTone ?? (prefersDark ? 'dark' : 'light');
}
