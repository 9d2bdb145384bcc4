import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrastRatio, isDarkBehind, parseColor } from '../../../lib/ui/contrast';

const css = readFileSync(path.resolve(__dirname, '../../../public/highlights.css'), 'utf8');
const rules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)].map((m) => ({
  name: m[1],
  background: parseColor(m[2].match(/background-color:\s*([^;]+);/)![1])!,
  color: parseColor(m[2].match(/(?:^|[\s;])color:\s*([^;]+);/)![1])!,
}));

describe('highlight palette', () => {
  it('styles every kind for light and dark pages', () => {
    const kinds = ['organisation', 'person', 'event', 'campaign', 'legal-term', 'statistic', 'place'];
    for (const kind of kinds) {
      expect(rules.map((r) => r.name)).toContain(`backstory-7c1e-${kind}`);
      expect(rules.map((r) => r.name)).toContain(`backstory-7c1e-${kind}-dark`);
    }
  });
  it('keeps text on every highlight at 4.5:1 or more', () => {
    for (const r of rules) expect(contrastRatio(r.background, r.color), r.name).toBeGreaterThanOrEqual(4.5);
  });
  it('underlines statistics so colour is not the only cue', () => {
    expect(css).toMatch(/::highlight\(backstory-7c1e-statistic\)\s*\{[^}]*text-decoration:[^}]*underline/);
    expect(css).toMatch(/::highlight\(backstory-7c1e-statistic-dark\)\s*\{[^}]*text-decoration:[^}]*underline/);
  });
});

describe('colour helpers', () => {
  it('parses the forms getComputedStyle returns', () => {
    expect(parseColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColor('#1a1a1a')).toEqual({ r: 26, g: 26, b: 26, a: 1 });
    expect(parseColor('transparent')).toBeNull();
  });
  it('computes WCAG contrast', () => {
    expect(contrastRatio(parseColor('#000')!, parseColor('#fff')!)).toBeCloseTo(21, 0);
  });
  it('finds the first opaque background behind an element', () => {
    document.body.innerHTML = '<div id="a" style="background-color: rgb(20, 20, 20)"><p id="p">x</p></div><p id="q">y</p>';
    const styleOf = (el: Element) => getComputedStyle(el);
    expect(isDarkBehind(document.getElementById('p'), styleOf)).toBe(true);
    expect(isDarkBehind(document.getElementById('q'), styleOf)).toBe(false);
  });
});
