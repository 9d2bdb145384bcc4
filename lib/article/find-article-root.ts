import { isSkippedElement } from './collect-text';
import type { IsHidden } from './visibility';

interface Tally {
  /** Paragraph characters directly inside, and within all descendants. */
  direct: number;
  total: number;
}

function linkChars(el: Element): number {
  let n = 0;
  for (const a of el.getElementsByTagName('a')) n += (a.textContent ?? '').length;
  return n;
}

function isInsideSkipped(el: Element, stop: Element, isHidden: IsHidden, cache: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let verdict = false;
  for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
    const known = cache.get(cur);
    if (known !== undefined) { verdict = known; break; }
    chain.push(cur);
    if (isSkippedElement(cur, isHidden)) { verdict = true; break; }
  }
  // Everything walked below a skipped element is skipped; below a clean one, clean.
  for (const c of chain) cache.set(c, verdict);
  return verdict;
}

/**
 * Locates the element holding the article's paragraphs on the live page, read-only.
 * Paragraphs score their parent (Readability-style); the winner grows to an ancestor when the
 * article's paragraphs are split across sibling containers (ads and embeds between them).
 */
export function findArticleRoot(doc: Document, isHidden: IsHidden): Element | null {
  const body = doc.body;
  if (!body) return null;
  const tallies = new Map<Element, Tally>();
  const skipCache = new Map<Element, boolean>();
  for (const p of body.querySelectorAll('p')) {
    const len = (p.textContent ?? '').trim().length;
    if (len < 80) continue;
    if (isInsideSkipped(p, body, isHidden, skipCache)) continue;
    // Link-heavy paragraphs are lists of headlines, not prose.
    const weight = len * (1 - Math.min(1, linkChars(p) / len));
    if (weight < 60) continue;
    const parent = p.parentElement ?? body;
    for (let cur: Element | null = parent, depth = 0; cur; cur = cur.parentElement, depth++) {
      const t = tallies.get(cur) ?? { direct: 0, total: 0 };
      if (depth === 0) t.direct += weight;
      t.total += weight;
      tallies.set(cur, t);
      if (cur === body) break;
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, t] of tallies) {
    if (t.direct > bestScore) { best = el; bestScore = t.direct; }
  }
  if (!best) return null;
  // Climb while the parent gathers a substantial share of prose the winner does not hold.
  let root = best;
  while (root !== body && root.parentElement) {
    const parent = root.parentElement;
    const here = tallies.get(root)?.total ?? 0;
    const there = tallies.get(parent)?.total ?? 0;
    if (there - here < 0.25 * here) break;
    // Do not climb into a container that mostly holds other articles' prose (a feed).
    if ((tallies.get(parent)?.direct ?? 0) === 0 && there > 3 * here) break;
    root = parent;
  }
  return root;
}
