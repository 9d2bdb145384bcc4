import { CURRENT_MARK, KINDS, underlineCss, type Swatch } from '../kinds.ts';
import { CURRENT, highlightName, type Tone } from './paint-highlights.ts';

function rule(name: string, s: Swatch): string {
  const underline = underlineCss(s);
  return `::highlight(${name}) { background-color: ${s.background}; color: ${s.text};${underline ? ` text-decoration: ${underline};` : ''} }`;
}

/**
 * The content stylesheet's ::highlight() rules, generated from the one list of kinds: tints with
 * dark text for light pages, deep shades with white text for dark pages (the annotator picks by the
 * article's own background), and the line over and under the term whose card is open. The build
 * writes it as highlights.css, listed with the gate.
 */
export function highlightCss(): string {
  const lines = ['/* Generated from lib/kinds.ts at build time: edit the colours there. */'];
  for (const tone of ['light', 'dark'] as Tone[]) {
    for (const k of KINDS) {
      const swatch = k[tone];
      if (swatch) lines.push(rule(highlightName(k.id, tone), swatch));
    }
    // No background: the kind's tint shows through; the text keeps the kind's colour.
    const line = CURRENT_MARK[tone];
    lines.push(`::highlight(${highlightName(CURRENT, tone)}) { color: ${line}; text-decoration: underline overline solid ${line} 2px; }`);
  }
  return `${lines.join('\n')}\n`;
}
