import type { EntryKind } from '../dataset/types.ts';

/** The slice of the CSS Custom Highlight API we use; a seam so jsdom tests can pass a fake. */
export interface HighlightApi {
  registry: { set(name: string, h: unknown): unknown; get(name: string): unknown; delete(name: string): boolean };
  /** A Highlight of `ranges`; one with a higher `priority` paints over those it overlaps. */
  create(ranges: Range[], priority?: number): unknown;
}

/** Highlight names carry a product prefix so a page's own highlights never collide with ours. */
export const HIGHLIGHT_PREFIX = 'backstory-7c1e';

/** Light pages get tints with dark text; dark pages deep shades with white text. */
export type Tone = 'light' | 'dark';

/** Not a kind: the mark painted over the term whose card is open. */
export const CURRENT = 'current';

/** The registry name painted for a kind or the current-term mark (styled by the content stylesheet). */
export function highlightName(kind: EntryKind | typeof CURRENT, tone: Tone = 'light'): string {
  return tone === 'dark' ? `${HIGHLIGHT_PREFIX}-${kind}-dark` : `${HIGHLIGHT_PREFIX}-${kind}`;
}

/** Something that was painted and can be repainted (if the page cleared the registry) or removed. */
export interface Painting {
  /** Re-registers any of our highlights the page removed; returns how many it restored. */
  restore(): number;
  /** Marks the term whose card is open, over its kind's highlight; null removes the mark. */
  mark(range: Range | null): void;
  clear(): void;
}

/** Paints ranges grouped by kind. The only module that writes to the highlight registry. */
export function paintHighlights(api: HighlightApi, items: readonly { kind: EntryKind; range: Range }[], tone: Tone = 'light'): Painting {
  const byKind = new Map<EntryKind, Range[]>();
  for (const item of items) {
    const list = byKind.get(item.kind) ?? [];
    list.push(item.range);
    byKind.set(item.kind, list);
  }
  const painted = new Map<string, unknown>();
  for (const [kind, ranges] of byKind) painted.set(highlightName(kind, tone), api.create(ranges));
  const restore = () => {
    let restored = 0;
    for (const [name, h] of painted) {
      if (api.registry.get(name) !== h) {
        api.registry.set(name, h);
        restored++;
      }
    }
    return restored;
  };
  const drop = (name: string) => {
    if (painted.has(name) && api.registry.get(name) === painted.get(name)) api.registry.delete(name);
    painted.delete(name);
  };
  restore();
  const markName = highlightName(CURRENT, tone);
  return {
    restore,
    mark(range) {
      drop(markName);
      if (!range) return;
      painted.set(markName, api.create([range], 1));
      restore();
    },
    clear() {
      for (const name of [...painted.keys()]) drop(name);
    },
  };
}
