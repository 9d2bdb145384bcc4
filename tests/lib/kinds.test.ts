import { describe, expect, it } from 'vitest';
import { CURRENT_MARK, HIGHLIGHT_KINDS, isEntryKind, KIND_IDS, KINDS, kindInfo, type Swatch } from '../../lib/kinds.ts';
import { highlightCss } from '../../lib/highlight/highlight-css.ts';
import { contrastRatio, parseColor, type Rgba } from '../../lib/ui/contrast.ts';

const css = highlightCss();
const all = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)];
const isMark = (name: string) => /-current(-dark)?$/.test(name);
const rules = all.filter((m) => !isMark(m[1])).map((m) => ({
  name: m[1],
  background: parseColor(m[2].match(/background-color:\s*([^;]+);/)![1])!,
  color: parseColor(m[2].match(/(?:^|[\s;])color:\s*([^;]+);/)![1])!,
}));

describe('the one list of kinds', () => {
  it('has unique ids, labels and accents', () => {
    expect(new Set(KIND_IDS).size).toBe(KINDS.length);
    expect(new Set(KINDS.map((k) => k.label)).size).toBe(KINDS.length);
    for (const k of KINDS) expect(parseColor(k.accent), k.id).not.toBeNull();
  });
  it('highlights every kind but the article itself', () => {
    expect(HIGHLIGHT_KINDS).toEqual(KIND_IDS.filter((k) => k !== 'article'));
    expect(isEntryKind('statistic')).toBe(true);
    expect(isEntryKind('opinion')).toBe(false);
    expect(kindInfo('legal-term').group).toBe('Legal terms');
  });
});

/** The declaration of one rule, by highlight name. */
const body = (name: string) => all.find((m) => m[1] === name)![2];
/** Hue in degrees (0–360) of an sRGB colour, and its saturation (0–1). */
function hue({ r, g, b }: Rgba): { hue: number; saturation: number } {
  const [max, min] = [Math.max(r, g, b), Math.min(r, g, b)];
  const d = max - min;
  if (d === 0) return { hue: 0, saturation: 0 };
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: (h * 60 + 360) % 360, saturation: d / 255 };
}

describe('generated highlight stylesheet', () => {
  it('styles every highlighted kind and the current-term mark for light and dark pages, and nothing else', () => {
    const expected = [...HIGHLIGHT_KINDS, 'current'].flatMap((k) => [`backstory-7c1e-${k}`, `backstory-7c1e-${k}-dark`]);
    expect(all.map((m) => m[1]).sort()).toEqual(expected.sort());
  });
  it('keeps text on every highlight at 4.5:1 or more', () => {
    for (const r of rules) expect(contrastRatio(r.background, r.color), r.name).toBeGreaterThanOrEqual(4.5);
  });
  it('marks statistics with a calm double underline, not the red squiggle of a spelling error', () => {
    for (const tone of ['light', 'dark'] as const) {
      const name = `backstory-7c1e-statistic${tone === 'dark' ? '-dark' : ''}`;
      const swatch = kindInfo('statistic')[tone]!;
      expect(body(name), name).toMatch(/text-decoration:\s*underline double #[0-9a-f]{6} 1px;/);
      expect(body(name), name).not.toMatch(/dashed|wavy|dotted/);
      // Not red: a reddish hue (within 30° of red, either side) with any saturation would read as an error.
      for (const colour of [swatch.background, swatch.underline!]) {
        const { hue: h, saturation } = hue(parseColor(colour)!);
        expect(saturation < 0.05 || (h > 30 && h < 330), `${name} ${colour} is ${Math.round(h)}°`).toBe(true);
      }
      // The underline itself is a non-text cue: 3:1 against the tint, as WCAG asks of graphics.
      expect(contrastRatio(parseColor(swatch.underline!)!, parseColor(swatch.background)!)).toBeGreaterThanOrEqual(3);
    }
  });
  it('outlines the current term above and below, visible and readable on every tint of its tone', () => {
    for (const tone of ['light', 'dark'] as const) {
      const name = `backstory-7c1e-current${tone === 'dark' ? '-dark' : ''}`;
      expect(body(name)).toMatch(/text-decoration:\s*underline overline solid/);
      expect(body(name)).not.toMatch(/background/); // the kind's tint shows through
      const mark = parseColor(CURRENT_MARK[tone])!;
      for (const k of KINDS) {
        const swatch: Swatch | null = k[tone];
        if (swatch) expect(contrastRatio(mark, parseColor(swatch.background)!), `${name} on ${k.id}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
