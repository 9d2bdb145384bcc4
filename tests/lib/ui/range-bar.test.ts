import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../lib/dataset/types.ts';
import { figureMarks } from '../../../lib/ui/figure-marks.ts';
import { packLabels, textWidth } from '../../../lib/ui/label-packing.ts';
import { BAR_WIDTH, chooseScale, layoutRangeBar, type PlacedMark } from '../../../lib/ui/range-bar.ts';
import { bundledDataset } from '../../support/bundled.ts';

const statistics = bundledDataset.entries.filter((e) => e.claim && e.figures);
const byId = (id: string) => statistics.find((e) => e.id === id)!;
const layout = (entry: Pick<Entry, 'claim' | 'figures' | 'sources'>) => layoutRangeBar(figureMarks(entry))!;
const labelBox = (m: PlacedMark) => ({ left: m.label.x, right: m.label.x + m.label.width, baseline: m.label.baseline });

describe('chooseScale', () => {
  it('is logarithmic when the largest value is 10× the smallest or more, linear from zero otherwise', () => {
    const log = chooseScale([2800, 30000]);
    expect(log.scale).toBe('log');
    expect(log.at(2800)).toBeCloseTo(7);
    expect(log.at(30000)).toBeCloseTo(BAR_WIDTH - 7);
    expect(log.at(Math.sqrt(2800 * 30000))).toBeCloseTo(BAR_WIDTH / 2);
    const linear = chooseScale([6, 19]);
    expect(linear.scale).toBe('linear');
    expect(linear.at(0)).toBeCloseTo(7);
    expect(linear.at(19)).toBeCloseTo(BAR_WIDTH - 7);
    expect(chooseScale([1, 9.9]).scale).toBe('linear');
    expect(chooseScale([1, 10]).scale).toBe('log');
  });
});

describe('layoutRangeBar', () => {
  it('covers the dataset’s statistics', () => {
    expect(statistics.length).toBeGreaterThanOrEqual(4);
  });

  it.each(statistics.map((e) => [e.id, e] as const))('%s: every figure with a number is a mark, the rest are listed apart', (_, entry) => {
    const bar = layout(entry);
    const valued = entry.figures!.filter((f) => f.value).length + (entry.claim!.value ? 1 : 0);
    expect(bar.marks).toHaveLength(valued);
    expect(bar.unplaced.map((f) => f.wording)).toEqual([
      ...(entry.claim!.value ? [] : [entry.claim!.text]),
      ...entry.figures!.filter((f) => !f.value).map((f) => f.figure),
    ]);
  });

  it.each(statistics.map((e) => [e.id, e] as const))('%s: labels stay on the bar and never overlap', (_, entry) => {
    const boxes = layout(entry).marks.map(labelBox);
    for (const b of boxes) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(BAR_WIDTH);
    }
    const overlaps = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.baseline === b.baseline && a.left < b.right && b.left < a.right));
    expect(overlaps).toEqual([]);
  });

  it('puts the op-ed’s figure above the axis in bold, and the others on it in order of value', () => {
    const bar = layout(byId('stat-1988-toll'));
    expect(bar.scale).toBe('log');
    const [claim, ...others] = bar.marks;
    expect(claim).toMatchObject({ group: 'claim', label: { text: 'Op-ed, citing NCRI/MEK: 30,000', bold: true } });
    expect(claim.y).toBeLessThan(bar.axis.y);
    expect(claim.label.baseline).toBeLessThan(bar.axis.y);
    expect(others.every((m) => m.y >= bar.axis.y && m.label.baseline > bar.axis.y && !m.label.bold)).toBe(true);
    const hrw = others.find((m) => m.who === 'Human Rights Watch')!;
    expect(hrw).toMatchObject({ group: 'monitor', label: { text: 'Human Rights Watch: 2,800–5,000' } });
    expect(hrw.x2).toBeGreaterThan(hrw.x1);
    expect(others.find((m) => m.who === 'NCRI / MEK')!.x1).toBeCloseTo(claim.x1);
    expect(bar.legend).toEqual(['opposition', 'monitor', 'other']);
  });

  it('puts overlapping spans on separate lanes, and separate ones on the axis', () => {
    const bar = layout(byId('stat-1988-toll'));
    const ranges = bar.marks.filter((m) => m.x2 > m.x1);
    expect(ranges).toHaveLength(2);
    expect(new Set(ranges.map((m) => m.y)).size).toBe(2);
    expect(bar.marks.find((m) => m.who === 'NCRI / MEK')!.y).toBe(bar.axis.y);
  });

  it('is linear from zero for close figures, and has no op-ed mark when the op-ed gives no number', () => {
    const bar = layout(byId('stat-2025-record-executions'));
    expect(bar.scale).toBe('linear');
    expect(bar.scaleNote).toBe('scale from 0');
    expect(bar.marks.some((m) => m.group === 'claim')).toBe(false);
    const xs = [...bar.marks].sort((a, b) => a.value.low - b.value.low).map((m) => m.x1);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('has nothing to draw when no figure has a number', () => {
    const entry = byId('stat-1988-toll');
    expect(layoutRangeBar(figureMarks({ ...entry, claim: { ...entry.claim!, value: undefined }, figures: entry.figures!.map((f) => ({ ...f, value: undefined })) }))).toBeNull();
    expect(layoutRangeBar([])).toBeNull();
  });
});

describe('label packing', () => {
  it('estimates capitals and bold text wider, and never narrower than the text is long', () => {
    expect(textWidth('NCRI')).toBeGreaterThan(textWidth('ncri'));
    expect(textWidth('Op-ed', true)).toBeGreaterThan(textWidth('Op-ed'));
    expect(textWidth('Human Rights Watch: 2,800–5,000')).toBeGreaterThanOrEqual(190); // 191 px measured in DejaVu Sans
  });

  it('moves a label to start or end at its mark when that saves a row', () => {
    // Two 100-wide labels whose centred boxes overlap, but which fit side by side when the first ends at its mark.
    const options = [[100, 40, 150], [180, 160, 200]];
    const { lefts, rows } = packLabels(options, [100, 100]);
    expect(rows).toEqual([0, 0]);
    expect(lefts).toEqual([40, 180]);
    // Apart already: each stays centred.
    expect(packLabels([[0, 10, 20], [300, 310, 320]], [100, 100]).lefts).toEqual([0, 300]);
  });
});
