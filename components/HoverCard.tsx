import type { Entry } from '../lib/dataset/types.ts';
import { kindInfo } from '../lib/kinds.ts';
import { EntryDetails } from './EntryDetails.tsx';

/** Props for the hover card. */
export interface HoverCardProps {
  entry: Entry;
  /** Where to place the card, in viewport pixels. */
  position: { top: number; left: number };
  datasetVersion: string;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

/** The card shown next to a highlighted term: what it is, a neutral note and who says what. */
export function HoverCard({ entry, position, datasetVersion, onClose, onPointerEnter, onPointerLeave }: HoverCardProps) {
  const headingId = `backstory-card-title`;
  return (
    <div
      class={`card kind-${entry.kind}`}
      role="dialog"
      aria-labelledby={headingId}
      tabIndex={-1}
      style={{ top: `${position.top}px`, left: `${position.left}px`, '--kind-accent': kindInfo(entry.kind).accent }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      {/* A div, not <header>: inside a dialog a header would add a second "banner" landmark to the page. */}
      <div class="card-top">
        <span class="kind">{kindInfo(entry.kind).label}</span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      <h2 id={headingId}>{entry.label}</h2>
      <EntryDetails entry={entry} />
      <p class="footer">Backstory dataset {datasetVersion}. Background, not a verdict on the article.</p>
    </div>
  );
}
