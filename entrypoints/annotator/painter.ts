import { shadowRootsHolding } from '../../lib/article/shadow.ts';
import { joinGaps, type Joinable } from '../../lib/highlight/join-adjacent.ts';
import { paintHighlights, type HighlightApi, type Painting } from '../../lib/highlight/paint-highlights.ts';
import type { Tone } from '../../lib/ui/card-colours.ts';
import { toneBehind } from '../../lib/ui/contrast.ts';
import { createShadowStyles } from './shadow-styles.ts';

/** What the painter paints: one range per occurrence, coloured by kind, in document order. */
type Items = readonly Joinable[];

/** The page's CSS Custom Highlight API, or null where the browser has none (a seam for tests). */
export function highlightApi(): HighlightApi | null {
  const css = globalThis.CSS as (typeof CSS & { highlights?: HighlightApi['registry'] }) | undefined;
  const Ctor = (globalThis as { Highlight?: new (...r: Range[]) => { priority: number } }).Highlight;
  if (!css?.highlights || !Ctor) return null;
  return {
    registry: css.highlights,
    create(ranges, priority = 0) {
      const h = new Ctor(...ranges);
      h.priority = priority;
      return h;
    },
  };
}

/** Paints the shown occurrences in the tone that suits the article's background. */
export interface Painter {
  paint(items: Items, root: Element | null): void;
  /** Puts back highlights the page removed from the registry. */
  restore(): void;
  /** Marks the term whose card is open; null when the card closes. */
  mark(range: Range | null): void;
  clear(): void;
  /** The shadow roots holding painted terms (and their enclosing roots): hit testing looks inside them. */
  shadowRoots(): readonly ShadowRoot[];
  /** The article background's tone once checked; null until then or when the page paints none. */
  tone(): Tone | null;
}

/** Creates the painter; everything it painted is removed when `signal` aborts. */
export function createPainter(win: Window, signal: AbortSignal, api: () => HighlightApi | null = highlightApi): Painter {
  let painting: Painting | null = null;
  let items: Items = [];
  /** Occurrences of one term that only punctuation separates are painted as one. */
  let gaps: ReturnType<typeof joinGaps> = [];
  let current: Range | null = null;
  let dark = false;
  let pageTone: Tone | null = null;
  let toneFor: Element | null = null;
  let article: Element | null = null;
  // Highlighted text inside shadow trees is styled by a sheet adopted there (the registry is the document's).
  const styles = createShadowStyles();
  let roots: ShadowRoot[] = [];
  const draw = () => {
    painting?.clear();
    painting = null;
    const registry = api();
    if (registry && items.length) painting = paintHighlights(registry, [...items, ...gaps], dark ? 'dark' : 'light');
    painting?.mark(current);
  };
  // Reading the background forces style work if done now; after the next frame the styles are
  // clean and the read is nearly free. Repaint only if the article turns out to be dark.
  const checkTone = (root: Element) => {
    if (toneFor === root) return;
    win.requestAnimationFrame(() =>
      win.setTimeout(() => {
        if (signal.aborted || article !== root || toneFor === root) return;
        toneFor = root;
        pageTone = toneBehind(root, (el) => win.getComputedStyle(el));
        const isDark = pageTone === 'dark';
        if (isDark !== dark) {
          dark = isDark;
          draw();
        }
      }, 0),
    );
  };
  const clear = () => {
    painting?.clear();
    painting = null;
    roots = [];
    styles.clear();
  };
  signal.addEventListener('abort', clear);
  return {
    paint(next, root) {
      items = next;
      gaps = joinGaps(next);
      article = root;
      draw();
      roots = painting ? shadowRootsHolding(items.map((item) => item.range)) : [];
      styles.cover(roots);
      if (items.length && root) checkTone(root);
    },
    restore: () => void painting?.restore(),
    tone: () => pageTone,
    shadowRoots: () => roots,
    mark(range) {
      if (range === current) return; // the card follows its term on scroll: nothing to repaint
      current = range;
      painting?.mark(range);
    },
    clear() {
      items = [];
      gaps = [];
      current = null;
      clear();
    },
  };
}
