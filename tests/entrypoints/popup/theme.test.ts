// The popup's colours: declared once as custom properties for light and dark, every text pair at
// 4.5:1 or more in both, and no colour written anywhere else in the stylesheet.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../../../lib/ui/contrast.ts';

const CSS = readFileSync(path.resolve(__dirname, '../../../entrypoints/popup/style.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const DARK_BLOCK = /@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}\s*\}/;
const LIGHT_BLOCK = /^\s*:root \{([^}]*)\}/;

const tokens = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
const light = tokens(CSS.match(LIGHT_BLOCK)![1]);
const dark = tokens(CSS.match(DARK_BLOCK)![1]);

/** Text colour → the backgrounds it is drawn on. */
const PAIRS: [string, string[]][] = [
  ['text', ['bg', 'surface', 'button-bg', 'button-hover']],
  ['muted', ['bg', 'surface', 'button-bg', 'button-hover']],
  ['link', ['bg', 'surface']],
  ['button-text', ['button-bg', 'button-hover']],
  ['primary-text', ['primary-bg']],
  ['chip-text', ['chip-bg']],
];

describe('popup colour tokens', () => {
  it('declares the same tokens for dark as for light', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
  });
  for (const [scheme, t] of [['light', light], ['dark', dark]] as const) {
    it(`keeps every text pair at 4.5:1 or more in ${scheme}`, () => {
      const low = PAIRS.flatMap(([fg, bgs]) =>
        bgs.map((bg) => ({ pair: `${fg} on ${bg}`, ratio: contrastRatio(parseColor(t[fg])!, parseColor(t[bg])!) })),
      ).filter((p) => !(p.ratio >= 4.5));
      expect(low).toEqual([]);
    });
  }
  it('tells light from dark: the dark page is dark', () => {
    const l = (c: string) => contrastRatio(parseColor(c)!, parseColor('#000')!);
    expect(l(dark.bg)).toBeLessThan(2);
    expect(l(light.bg)).toBeGreaterThan(15);
  });
  it('writes no colour outside the token blocks', () => {
    const rules = CSS.replace(DARK_BLOCK, '').replace(LIGHT_BLOCK, '');
    expect(rules.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/gi)).toBeNull();
  });
});
