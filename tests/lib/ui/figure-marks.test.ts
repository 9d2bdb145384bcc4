import { describe, expect, it } from 'vitest';
import { describeFigures, figureMarks, formatValue, groupOf, markStyle, PERSPECTIVE_GROUPS, shortName } from '../../../lib/ui/figure-marks.ts';
import { bundledDataset } from '../../support/bundled.ts';

const entry = (id: string) => bundledDataset.entries.find((e) => e.id === id)!;

describe('perspective groups', () => {
  it('put the opposition, the Iranian state, NGOs and the UN, and everyone else apart, each with its own shape', () => {
    expect(groupOf('NCRI/MEK (opposition)').id).toBe('opposition');
    expect(groupOf('government of Iran').id).toBe('state');
    expect(groupOf('Iranian state media').id).toBe('state');
    expect([groupOf('NGO').id, groupOf('UN').id]).toEqual(['monitor', 'monitor']);
    expect([groupOf('news agency').id, groupOf('government of Canada').id, groupOf(null).id]).toEqual(['other', 'other', 'other']);
    const shapes = [...PERSPECTIVE_GROUPS.map((g) => g.shape), markStyle('claim').shape];
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

describe('figureMarks', () => {
  it('lists the op-ed’s figure first, then each monitor’s with the perspective of its source', () => {
    const marks = figureMarks(entry('stat-1988-toll'));
    expect(marks[0]).toMatchObject({ group: 'claim', who: 'the op-ed, citing NCRI/MEK (opposition)', short: 'Op-ed, citing NCRI/MEK', value: { low: 30000 } });
    expect(marks.slice(1).map((m) => [m.who, m.perspective, m.group])).toEqual([
      ['Human Rights Watch', 'NGO', 'monitor'],
      ['Hossein-Ali Montazeri (memoirs)', 'encyclopedia', 'other'],
      ['Amnesty International (2018 report)', 'NGO', 'monitor'],
      ['Amnesty International (December 1988)', 'NGO', 'monitor'],
      ['UN Special Procedures (seven experts)', 'UN', 'monitor'],
      ['NCRI / MEK', 'NCRI/MEK (opposition)', 'opposition'],
    ]);
  });

  it('gives nothing for entries without a claim', () => {
    expect(figureMarks(entry('ncri'))).toEqual([]);
  });
});

describe('wording on the bar', () => {
  it('shortens names at a word, dropping a trailing parenthesis', () => {
    expect(shortName('Hossein-Ali Montazeri (memoirs)')).toBe('Hossein-Ali Montazeri');
    expect(shortName('Open letter by 17 US former officials and public figures')).toBe('Open letter by 17 US…');
    expect(shortName('HRANA')).toBe('HRANA');
  });

  it('prints counts with thousands separators and ranges with a dash', () => {
    expect(formatValue({ low: 30000 })).toBe('30,000');
    expect(formatValue({ low: 2800, high: 5000 })).toBe('2,800–5,000');
    expect(formatValue({ low: 6, high: 6 })).toBe('6');
  });

  it('reads out every figure with who gives it, those without a number included', () => {
    const e = entry('stat-1988-toll');
    const text = describeFigures(figureMarks(e), 'log');
    expect(text).toMatch(/^Figures on a log scale: the op-ed, citing NCRI\/MEK \(opposition\): 30,000; Human Rights Watch \(NGO\): 2,800 to 5,000;/);
    for (const f of e.figures!) expect(text).toContain(`${f.monitor} (`);
    expect(text).toContain('Without a number: Amnesty International (2018 report) (NGO): thousands (no total given); ');
    expect(text).toMatch(/UN Special Procedures \(seven experts\) \(UN\): thousands \(no total given\)\.$/);
  });
});
