// The reference scripts must do the work they claim, or the benchmark's reference rows would
// report a cost for less work than they describe.
import { afterEach, describe, expect, it } from 'vitest';
import { referenceScripts } from '../../bench/reference-scripts.mjs';

type Listener = (msg: unknown, sender: unknown, respond: (r: unknown) => void) => boolean | undefined;

function run(code: string) {
  const listeners: Listener[] = [];
  const highlights = new Map<string, Range[]>();
  const g = globalThis as Record<string, unknown>;
  g.chrome = { runtime: { onMessage: { addListener: (l: Listener) => listeners.push(l) } } };
  g.Highlight = class { ranges: Range[]; constructor(...r: Range[]) { this.ranges = r; } };
  (g.CSS as Record<string, unknown>).highlights = { set: (name: string, h: { ranges: Range[] }) => highlights.set(name, h.ranges) };
  new Function(code)();
  return { listeners, highlights };
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.chrome;
  delete g.Highlight;
  delete (g.CSS as Record<string, unknown>).highlights;
});

describe('benchmark reference content scripts', () => {
  it('the naive script answers the contract and highlights every occurrence of every alias, across text nodes', () => {
    (globalThis as Record<string, unknown>).CSS ??= {};
    document.body.innerHTML = '<p>The <b>IRGC</b> and the NCRI met; the IR<i>GC</i> left.</p><p>Nothing here.</p>';
    const { listeners, highlights } = run(referenceScripts(['IRGC', 'NCRI', 'absent']).naive.code);
    expect(listeners).toHaveLength(1);
    let answer: unknown;
    expect(listeners[0]({ type: 'annotations/get' }, {}, (r) => { answer = r; })).toBe(true);
    expect(answer).toEqual({ article: { found: false, opEdId: null }, annotations: [] });
    expect(highlights.get('bench-naive')!.map((r) => r.toString())).toEqual(['IRGC', 'IRGC', 'NCRI']);
  });
  it('the listener script registers one listener and touches nothing else', () => {
    (globalThis as Record<string, unknown>).CSS ??= {};
    document.body.innerHTML = '<p>IRGC</p>';
    const { listeners, highlights } = run(referenceScripts(['IRGC']).listener.code);
    expect(listeners).toHaveLength(1);
    expect(highlights.size).toBe(0);
  });
});
