import { useState } from 'preact/hooks';
import { kindInfo } from '../lib/kinds.ts';
import type { DatasetStamp } from '../lib/ui/freshness.ts';
import { filterGroups, type TermGroup } from '../lib/ui/term-list.ts';
import { TermRow } from './TermRow.tsx';

/** Props for the popup's list of terms. */
export interface TermListProps {
  groups: readonly TermGroup[];
  onShow?: (entryId: string) => void;
  dataset: DatasetStamp;
  host: string | null;
}

/** Every term on the page as a compact row, grouped by kind, with a box that narrows the rows. */
export function TermList({ groups, onShow, dataset, host }: TermListProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(open);
    if (!next.delete(id)) next.add(id);
    setOpen(next);
  };
  const shown = filterGroups(groups, query);
  const total = groups.reduce((n, g) => n + g.terms.length, 0);
  const matching = shown.reduce((n, g) => n + g.terms.length, 0);
  return (
    <section class="terms" aria-labelledby="terms-title">
      <h2 id="terms-title">Terms on this page ({total})</h2>
      <div class="filter">
        <label for="term-filter">Filter</label>
        <input id="term-filter" type="search" value={query} placeholder="Name, alias or word" autocomplete="off" onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <p class="filter-count" role="status">
        {query.trim() ? (matching ? `${matching} of ${total} terms match.` : `No term matches “${query.trim()}”.`) : ''}
      </p>
      {shown.map((g) => (
        <section key={g.kind} class={`group kind-${g.kind}`} style={{ '--kind-accent': kindInfo(g.kind).accent }} aria-labelledby={`group-${g.kind}`}>
          <h3 id={`group-${g.kind}`}>{kindInfo(g.kind).group}</h3>
          <ul class="term-rows">
            {g.terms.map((t) => (
              <TermRow key={t.entry.id} term={t} open={open.has(t.entry.id)} onToggle={() => toggle(t.entry.id)} onShow={onShow} dataset={dataset} host={host} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
