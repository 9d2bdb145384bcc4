import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor, toneBehind } from '../../../lib/ui/contrast.ts';

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
  it('finds the first opaque background behind an element, or none when the page paints none', () => {
    document.body.innerHTML = '<div id="a" style="background-color: rgb(20, 20, 20)"><p id="p">x</p></div><p id="q">y</p><div style="background: #fafafa"><p id="r">z</p></div>';
    const styleOf = (el: Element) => getComputedStyle(el);
    expect(toneBehind(document.getElementById('p'), styleOf)).toBe('dark');
    expect(toneBehind(document.getElementById('q'), styleOf)).toBeNull();
    expect(toneBehind(document.getElementById('r'), styleOf)).toBe('light');
  });
});
