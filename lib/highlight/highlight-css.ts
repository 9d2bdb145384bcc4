import { KINDS, type Swatch } from '../kinds.ts';
import { highlightName, type Tone } from './paint-highlights.ts';

function rule(name: string, s: Swatch): string {
  const underline = s.underline ? ` text-decoration: underline dashed ${s.underline} 2px;` : '';
  return `::highlight(${name}) { background-color: ${s.background}; color: ${s.text};${underline} }`;
}

/**
 * The content stylesheet's ::highlight() rules, generated from the one list of kinds: tints with
 * dark text for light pages, deep shades with white text for dark pages (the annotator picks by the
 * article's own background). The build writes it as highlights.css, listed with the gate.
 */
export function highlightCss(): string {
  const lines = ['/* Generated from lib/kinds.ts at build time: edit the colours there. */'];
  for (const tone of ['light', 'dark'] as Tone[]) {
    for (const k of KINDS) {
      const swatch = k[tone];
      if (swatch) lines.push(rule(highlightName(k.id, tone), swatch));
    }
  }
  return `${lines.join('\n')}\n`;
}
