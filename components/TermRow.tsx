import type { DatasetStamp } from '../lib/ui/freshness.ts';
import type { Term } from '../lib/ui/term-list.ts';
import { AsOf } from './AsOf.tsx';
import { CorrectionLink } from './CorrectionLink.tsx';
import { SourceList } from './SourceList.tsx';

/** Props for one row of the popup's term list. */
export interface TermRowProps {
  term: Term;
  open: boolean;
  onToggle: () => void;
  /** Scrolls the page to the term and opens its card; absent when there is no tab to ask. */
  onShow?: (entryId: string) => void;
  dataset: DatasetStamp;
  host: string | null;
}

/** A term as one button-row (label, kind, mentions) that expands to its summary, sources and actions. */
export function TermRow({ term: { entry, count }, open, onToggle, onShow, dataset, host }: TermRowProps) {
  const panel = `panel-${entry.id}`;
  return (
    <li class="term-item">
      <button type="button" class="term" id={`term-${entry.id}`} aria-expanded={open} aria-controls={panel} onClick={onToggle}>
        <span class="term-label">{entry.label}</span>
        {/* The group's heading names the kind: each row carries only its count, and fits one line. */}
        <span class="term-meta">
          <span class="count">
            {count} {count === 1 ? 'mention' : 'mentions'}
          </span>
        </span>
      </button>
      <div class="term-panel" id={panel} role="region" aria-labelledby={`term-${entry.id}`} hidden={!open}>
        <p class="summary">{entry.summary}</p>
        <AsOf asOf={entry.asOf} datasetDate={dataset.date} />
        <div class="term-actions">
          {onShow ? (
            <button type="button" class="show" onClick={() => onShow(entry.id)}>
              Show on page
            </button>
          ) : null}
          <CorrectionLink entryId={entry.id} datasetVersion={dataset.version} host={host} />
        </div>
        <SourceList sources={entry.sources} />
      </div>
    </li>
  );
}
