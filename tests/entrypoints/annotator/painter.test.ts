import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter, highlightApi } from '../../../entrypoints/annotator/painter.ts';
import { highlightName, type HighlightApi } from '../../../lib/highlight/paint-highlights.ts';

/** A stand-in for CSS.highlights: jsdom has no Custom Highlight API. */
function fakeApi() {
  const registry = new Map<string, unknown>();
  const api: HighlightApi = { registry, create: (ranges) => ({ ranges }) };
  return { api, registry };
}

let root: HTMLElement;
let controller: AbortController;
const items = () => [
  { kind: 'organisation' as const, range: document.createRange() },
  { kind: 'statistic' as const, range: document.createRange() },
];
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

  it('paints nothing where the browser has no highlight API', () => {
    const painter = createPainter(window, controller.signal, () => null);
    expect(() => { painter.paint(items(), root); painter.restore(); afterToneCheck(); }).not.toThrow();
    expect(highlightApi()).toBeNull(); // jsdom: no CSS.highlights
  });
});
