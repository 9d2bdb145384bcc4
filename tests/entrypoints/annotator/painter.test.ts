import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter, highlightApi } from '../../../entrypoints/annotator/painter.ts';
import { CURRENT, highlightName, type HighlightApi } from '../../../lib/highlight/paint-highlights.ts';

/** A stand-in for CSS.highlights: jsdom has no Custom Highlight API. */
function fakeApi() {
  const registry = new Map<string, unknown>();
  const api: HighlightApi = { registry, create: (ranges, priority) => ({ ranges, priority }) };
  return { api, registry };
}

let root: HTMLElement;
let controller: AbortController;
const items = () => [
  { entry: 0, kind: 'organisation' as const, range: document.createRange() },
  { entry: 1, kind: 'statistic' as const, range: document.createRange() },
];
/** The ranges painted under a registry name. */
const rangesOf = (registry: Map<string, unknown>, name: string) => (registry.get(name) as { ranges: Range[] } | undefined)?.ranges;
const light = [highlightName('organisation'), highlightName('statistic')];
const dark = [highlightName('organisation', 'dark'), highlightName('statistic', 'dark')];

/** Runs the tone check: it waits for a frame, then a task. */
function afterToneCheck() {
  vi.advanceTimersToNextFrame();
  vi.runOnlyPendingTimers(); // the task the frame queued
}

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main><article><p>Text</p></article></main>';
  root = document.querySelector('article')!;
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('createPainter', () => {
  it('paints one highlight per kind, in the light tone at first', () => {
    const { api, registry } = fakeApi();
    createPainter(window, controller.signal, () => api).paint(items(), root);
    expect([...registry.keys()]).toEqual(light);
    afterToneCheck();
    expect([...registry.keys()]).toEqual(light); // a light page keeps its names
  });

  it('clears what it painted on clear() and when the signal aborts, and nothing of the page’s', () => {
    const { api, registry } = fakeApi();
    const painter = createPainter(window, controller.signal, () => api);
    painter.paint(items(), root);
    painter.clear();
    expect(registry.size).toBe(0);
    painter.paint(items(), root);
    registry.set('page-own', {});
    controller.abort();
    expect([...registry.keys()]).toEqual(['page-own']);
  });

  it('restore puts back highlights the page deleted from the registry', () => {
    const { api, registry } = fakeApi();
    const painter = createPainter(window, controller.signal, () => api);
    painter.paint(items(), root);
    const before = registry.get(light[0]);
    registry.clear();
    painter.restore();
    expect([...registry.keys()]).toEqual(light);
    expect(registry.get(light[0])).toBe(before);
  });

  it('repaints with the dark names once the tone check finds a dark background behind the article', () => {
    document.querySelector('main')!.style.backgroundColor = 'rgb(20, 20, 20)';
    const { api, registry } = fakeApi();
    createPainter(window, controller.signal, () => api).paint(items(), root);
    expect([...registry.keys()]).toEqual(light); // reading styles now would force style work
    vi.advanceTimersToNextFrame();
    expect([...registry.keys()]).toEqual(light);
    vi.runOnlyPendingTimers();
    expect([...registry.keys()]).toEqual(dark);
  });

  it('reports the article background’s tone for the card: none until checked, or where the page paints none', () => {
    const { api } = fakeApi();
    const plain = createPainter(window, controller.signal, () => api);
    plain.paint(items(), root);
    afterToneCheck();
    expect(plain.tone()).toBeNull();
    document.querySelector('main')!.style.backgroundColor = 'rgb(20, 20, 20)';
    const painter = createPainter(window, controller.signal, () => api);
    painter.paint(items(), root);
    expect(painter.tone()).toBeNull();
    afterToneCheck();
    expect(painter.tone()).toBe('dark');
  });

  it('drops the tone check when torn down before it runs', () => {
    document.querySelector('main')!.style.backgroundColor = 'rgb(20, 20, 20)';
    const { api, registry } = fakeApi();
    createPainter(window, controller.signal, () => api).paint(items(), root);
    controller.abort();
    afterToneCheck();
    expect(registry.size).toBe(0);
  });

  it('paints the punctuation between two occurrences of one term into that term’s highlight', () => {
    root.innerHTML = '<p>the People’s Mojahedin (PMOI/MEK) and the NCRI (PMOI)</p>';
    const text = root.querySelector('p')!.firstChild as Text;
    const at = (word: string, entry: number) => {
      const range = document.createRange();
      range.setStart(text, text.data.indexOf(word));
      range.setEnd(text, text.data.indexOf(word) + word.length);
      return { entry, kind: 'organisation' as const, range };
    };
    const { api, registry } = fakeApi();
    createPainter(window, controller.signal, () => api).paint([at('People’s Mojahedin', 1), at('PMOI/MEK', 1), at('NCRI', 2), at('(PMOI)', 1)], root);
    expect(rangesOf(registry, light[0])!.map((r) => r.toString())).toEqual(['People’s Mojahedin', 'PMOI/MEK', 'NCRI', '(PMOI)', ' (']);
  });

  it('marks the current term over the highlights, keeps the mark through a repaint, and removes it', () => {
    document.querySelector('main')!.style.backgroundColor = 'rgb(20, 20, 20)';
    const { api, registry } = fakeApi();
    const painter = createPainter(window, controller.signal, () => api);
    const list = items();
    painter.paint(list, root);
    painter.mark(list[1].range);
    expect(rangesOf(registry, highlightName(CURRENT))).toEqual([list[1].range]);
    expect((registry.get(highlightName(CURRENT)) as { priority: number }).priority).toBeGreaterThan(0);
    afterToneCheck(); // the dark page repaints every highlight in the dark tone, the mark too
    expect(registry.has(highlightName(CURRENT))).toBe(false);
    expect(rangesOf(registry, highlightName(CURRENT, 'dark'))).toEqual([list[1].range]);
    painter.mark(null);
    expect([...registry.keys()]).toEqual(dark);
  });

  it('paints nothing where the browser has no highlight API', () => {
    const painter = createPainter(window, controller.signal, () => null);
    expect(() => { painter.paint(items(), root); painter.restore(); afterToneCheck(); }).not.toThrow();
    expect(highlightApi()).toBeNull(); // jsdom: no CSS.highlights
  });
});
