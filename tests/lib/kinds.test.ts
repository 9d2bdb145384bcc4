import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_KINDS, isEntryKind, KIND_IDS, KINDS, kindInfo } from '../../lib/kinds.ts';
import { highlightCss } from '../../lib/highlight/highlight-css.ts';
import { contrastRatio, parseColor } from '../../lib/ui/contrast.ts';

const css = highlightCss();
const rules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)].map((m) => ({
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

describe('generated highlight stylesheet', () => {
  it('styles every highlighted kind for light and dark pages, and nothing else', () => {
    const expected = HIGHLIGHT_KINDS.flatMap((k) => [`backstory-7c1e-${k}`, `backstory-7c1e-${k}-dark`]);
    expect(rules.map((r) => r.name).sort()).toEqual(expected.sort());
  });
  it('keeps text on every highlight at 4.5:1 or more', () => {
    for (const r of rules) expect(contrastRatio(r.background, r.color), r.name).toBeGreaterThanOrEqual(4.5);
  });
  it('underlines statistics so colour is not the only cue', () => {
    expect(css).toMatch(/::highlight\(backstory-7c1e-statistic\)\s*\{[^}]*text-decoration:[^}]*underline/);
    expect(css).toMatch(/::highlight\(backstory-7c1e-statistic-dark\)\s*\{[^}]*text-decoration:[^}]*underline/);
  });
});
