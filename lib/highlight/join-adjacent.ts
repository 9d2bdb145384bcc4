import { BLOCK_TAGS, tagOf } from '../article/element-rules.ts';
import type { EntryKind } from '../kinds.ts';

/** What joining needs of an occurrence: its entry, its kind and its live range, in document order. */
export interface Joinable {
  entry: number;
  kind: EntryKind;
  range: Range;
}

/** A gap of at most this many characters (spaces collapsed) is joined: "Iran (PMOI/MEK)" has " (". */
const MAX_GAP = 3;
/** Only spaces and punctuation: a letter or digit in between makes it prose, not a separator. */
const SEPARATOR = /^[\s\p{P}]+$/u;

/** True when the range enters or leaves a block, or holds one (a line break, an image). */
function crossesBlock(gap: Range): boolean {
  const root = gap.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  // Only elements the gap touches are visited; any block among them lies between the two ends.
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */, (node) => (gap.intersectsNode(node) ? 1 /* FILTER_ACCEPT */ : 2 /* FILTER_REJECT */));
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (BLOCK_TAGS.has(tagOf(el))) return true;
  }
  return false;
}

/**
 * The ranges between two neighbouring occurrences of the same entry that only spaces and punctuation
 * separate inside one block ("People’s Mojahedin Organisation of Iran (PMOI/MEK)"), each with the
 * entry's kind, so the painter shows one term rather than two. They are painted, never reported.
 */
export function joinGaps(items: readonly Joinable[]): { kind: EntryKind; range: Range }[] {
  const gaps: { kind: EntryKind; range: Range }[] = [];
  for (let i = 1; i < items.length; i++) {
    const a = items[i - 1];
    const b = items[i];
    if (a.entry !== b.entry) continue;
    const gap = a.range.cloneRange();
    gap.setStart(a.range.endContainer, a.range.endOffset);
    // An end before the start collapses the range: overlapping (or touching) occurrences leave an
    // empty gap, which is no separator.
    gap.setEnd(b.range.startContainer, b.range.startOffset);
    const text = gap.toString().replace(/\s+/g, ' ');
    if (text.length <= MAX_GAP && SEPARATOR.test(text) && !crossesBlock(gap)) gaps.push({ kind: a.kind, range: gap });
  }
  return gaps;
}
