import type { Dataset, Entry, EntryKind } from '../dataset/types.ts';
import { HIGHLIGHT_KINDS } from '../kinds.ts';
import type { AnnotationItem } from '../messages.ts';

/** One listed term: its entry and how often the page mentions it. */
export interface Term {
  entry: Entry;
  count: number;
}

/** The terms of one kind, in the order of lib/kinds.ts. */
export interface TermGroup {
  kind: EntryKind;
  terms: Term[];
}

/** The page's terms grouped by kind (kinds in declared order, terms in page order), one per entry. */
export function groupTerms(annotations: readonly AnnotationItem[], byId: ReadonlyMap<string, Entry>): TermGroup[] {
  const counts = new Map<string, number>();
  for (const a of annotations) counts.set(a.entryId, (counts.get(a.entryId) ?? 0) + 1);
  const terms = [...counts].flatMap(([id, count]) => {
    const entry = byId.get(id);
    return entry ? [{ entry, count }] : [];
  });
  return HIGHLIGHT_KINDS.map((kind) => ({ kind, terms: terms.filter((t) => t.entry.kind === kind) })).filter((g) => g.terms.length > 0);
}

/** Lower case without accents, so "efsad" finds "Efsad-e" and "verhofstadt" finds "Verhofstadt". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** True when every word of the query appears in the entry's label, aliases or summary. */
export function matchesQuery(entry: Entry, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([entry.label, ...entry.aliases, entry.summary].join('\n'));
  return words.every((w) => haystack.includes(w));
}

/** The groups narrowed to the terms matching the query; groups left empty are dropped. */
export function filterGroups(groups: readonly TermGroup[], query: string): TermGroup[] {
  return groups.map((g) => ({ ...g, terms: g.terms.filter((t) => matchesQuery(t.entry, query)) })).filter((g) => g.terms.length > 0);
}

/** The highlighted kinds the dataset has entries of, in declared order: switches for the others would do nothing. */
export function kindsIn(dataset: Dataset): EntryKind[] {
  const present = new Set(dataset.entries.map((e) => e.kind));
  return HIGHLIGHT_KINDS.filter((k) => present.has(k));
}
