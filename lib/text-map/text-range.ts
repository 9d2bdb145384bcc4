import { parentAcross } from '../article/shadow.ts';
import type { IsHidden } from '../article/visibility.ts';
import type { TextMatch } from '../matching/find-matches.ts';
import { nodeIndexAt, type TextMap } from './text-map.ts';

/** Turns [start, end) of the normalised text into a live DOM Range. */
export function rangeFor(doc: Document, map: TextMap, start: number, end: number): Range {
  const a = nodeIndexAt(map, start);
  const b = nodeIndexAt(map, end - 1);
  const range = doc.createRange();
  range.setStart(map.nodes[a], map.offsetAt(start));
  range.setEnd(map.nodes[b], map.offsetAt(end - 1) + 1);
  return range;
}

/** A filter keeping matches whose text the reader can see (both ends' elements visible), with a cache. */
export function visibleIn(map: TextMap, isHidden: IsHidden): (m: TextMatch) => boolean {
  const cache = new Map<Element, boolean>();
  const shown = (index: number) => {
    const el = parentAcross(map.nodes[nodeIndexAt(map, index)]); // text right under a shadow root: its host
    if (!el) return false;
    let visible = cache.get(el);
    if (visible === undefined) {
      visible = !isHidden(el);
      cache.set(el, visible);
    }
    return visible;
  };
  return (m) => shown(m.start) && shown(m.end - 1);
}
