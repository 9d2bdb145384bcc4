import { describe, expect, it } from 'vitest';
import { CURRENT, highlightName, paintHighlights, type HighlightApi } from '../../../lib/highlight/paint-highlights.ts';

function fakeApi() {
  const registry = new Map<string, unknown>();
  const api: HighlightApi = { registry, create: (ranges) => ({ ranges }) };
  return { api, registry };
}
const range = () => document.createRange();

describe('paintHighlights', () => {
  it('registers one highlight per kind under prefixed names', () => {
    const { api, registry } = fakeApi();
    paintHighlights(api, [
      { kind: 'organisation', range: range() },
      { kind: 'organisation', range: range() },
      { kind: 'statistic', range: range() },
    ]);
    expect([...registry.keys()].sort()).toEqual([highlightName('organisation'), highlightName('statistic')]);
    expect((registry.get(highlightName('organisation')) as { ranges: Range[] }).ranges).toHaveLength(2);
    expect(highlightName('person')).toMatch(/^backstory-[0-9a-f]+-person$/);
  });
  it('restores highlights a page removed from the registry', () => {
    const { api, registry } = fakeApi();
    const painting = paintHighlights(api, [{ kind: 'event', range: range() }]);
    registry.clear();
    expect(painting.restore()).toBe(1);
    expect(registry.has(highlightName('event'))).toBe(true);
    expect(painting.restore()).toBe(0);
  });
  it('clears only its own highlights', () => {
    const { api, registry } = fakeApi();
    registry.set('page-own', {});
    const painting = paintHighlights(api, [{ kind: 'event', range: range() }]);
    painting.clear();
    expect([...registry.keys()]).toEqual(['page-own']);
  });
});

describe('the current-term mark', () => {
  it('is one more highlight, above the kinds, that follows the open card and is cleared with the rest', () => {
    const registry = new Map<string, unknown>();
    const created: { priority?: number }[] = [];
    const painting = paintHighlights({ registry, create: (ranges, priority) => (created.push({ priority }), { ranges }) }, [{ kind: 'event', range: range() }]);
    const term = range();
    painting.mark(term);
    expect((registry.get('backstory-7c1e-current') as { ranges: Range[] }).ranges).toEqual([term]);
    expect(created.at(-1)!.priority).toBeGreaterThan(created[0].priority ?? 0);
    registry.clear();
    expect(painting.restore()).toBe(2);
    painting.mark(null);
    expect([...registry.keys()]).toEqual([highlightName('event')]);
    painting.mark(term);
    painting.clear();
    expect(registry.size).toBe(0);
  });
});

describe('tones', () => {
  it('paints dark-page variants under their own names', () => {
    const registry = new Map<string, unknown>();
    paintHighlights({ registry, create: (ranges) => ({ ranges }) }, [{ kind: 'person', range: document.createRange() }], 'dark');
    expect([...registry.keys()]).toEqual([highlightName('person', 'dark')]);
    expect(highlightName('person', 'dark')).toBe(`${highlightName('person')}-dark`);
    expect(highlightName(CURRENT, 'dark')).toBe('backstory-7c1e-current-dark');
  });
});
