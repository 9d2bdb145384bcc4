import { describe, expect, it } from 'vitest';
import { highlightName, paintHighlights, type HighlightApi } from '../../../lib/highlight/paint-highlights.ts';

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

describe('tones', () => {
  it('paints dark-page variants under their own names', () => {
    const registry = new Map<string, unknown>();
    paintHighlights({ registry, create: (ranges) => ({ ranges }) }, [{ kind: 'person', range: document.createRange() }], 'dark');
    expect([...registry.keys()]).toEqual([highlightName('person', 'dark')]);
    expect(highlightName('person', 'dark')).toBe(`${highlightName('person')}-dark`);
  });
});
