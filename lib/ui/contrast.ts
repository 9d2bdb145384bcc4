import type { Tone } from './card-colours.ts';

/** An sRGB colour with alpha, components 0–255 (alpha 0–1). */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/** Parses `#rgb`, `#rrggbb`, `rgb(…)` and `rgba(…)` (the forms getComputedStyle and our CSS use). */
export function parseColor(text: string): Rgba | null {
  const t = text.trim().toLowerCase();
  const hex = t.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/);
  if (hex) {
    const h = hex[1].length === 3 ? [...hex[1]].map((c) => c + c).join('') : hex[1];
    return { r: parseInt(h.slice(0, 2), 16), g: parseInt(h.slice(2, 4), 16), b: parseInt(h.slice(4, 6), 16), a: 1 };
  }
  const fn = t.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
  return { r: +fn[1], g: +fn[2], b: +fn[3], a: alpha };
}

/** WCAG relative luminance. */
export function luminance({ r, g, b }: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio between two opaque colours (1–21). */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The tone of the background behind an element: the first ancestor with a mostly opaque background
 * colour decides (the page's own background, not the system theme); null when none paints one.
 */
export function toneBehind(el: Element | null, styleOf: (el: Element) => { backgroundColor: string }): Tone | null {
  for (let cur = el; cur; cur = cur.parentElement) {
    const bg = parseColor(styleOf(cur).backgroundColor);
    if (bg && bg.a >= 0.5) return luminance(bg) < 0.179 ? 'dark' : 'light';
  }
  return null;
}
