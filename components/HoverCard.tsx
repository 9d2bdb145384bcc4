import type { Entry } from '../lib/dataset/types.ts';
import { kindInfo } from '../lib/kinds.ts';
import type { Tone } from '../lib/ui/card-colours.ts';
import type { DatasetStamp } from '../lib/ui/freshness.ts';
import { AsOf } from './AsOf.tsx';
import type { Placement } from '../lib/ui/place-card.ts';
import { CorrectionLink } from './CorrectionLink.tsx';
import { EntryDetails } from './EntryDetails.tsx';
import { BarLegend, barFor, RangeBar } from './RangeBar.tsx';

/** Props for the hover card. */
export interface HoverCardProps {
  entry: Entry;
  /** Where the card goes; null while it is laid out off-screen to be measured. */
  placement: Placement | null;
  /** Full width along the viewport's edge (narrow viewports). */
  sheet?: boolean;
  tone: Tone;
  expanded: boolean;
  dataset: DatasetStamp;
  /** The page's host name, for the correction link (null off the web). */
  pageHost: string | null;
  onToggle: () => void;
  onClose: () => void;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}

const TITLE_ID = 'backstory-card-title';
const DETAILS_ID = 'backstory-card-details';

/** Where the pointer toward the term sits on the card's edge. */
function arrowStyle({ side, arrow }: Placement) {
  return side === 'below' || side === 'above' ? { left: `${arrow}px` } : { top: `${arrow}px` };
}

/**
 * The card next to a highlighted term: label, kind and a short summary first (with a range bar for
 * statistics) and the as-of date; "More" opens the note, figures, sources and a correction link in place.
 */
export function HoverCard(props: HoverCardProps) {
  const { entry, placement, tone, expanded } = props;
  const kind = kindInfo(entry.kind);
  const bar = barFor(entry);
  const position = placement
    ? { top: `${placement.top}px`, left: `${placement.left}px`, maxHeight: placement.maxHeight === null ? undefined : `${placement.maxHeight}px` }
    : { top: '-10000px', left: '-10000px' };
  const classes = ['card', `kind-${entry.kind}`, `tone-${tone}`, props.sheet ? 'sheet' : '', placement ? `side-${placement.side}` : ''];
  return (
    <div
      class={classes.filter(Boolean).join(' ')}
      role="dialog"
      aria-labelledby={TITLE_ID}
      tabIndex={-1}
      style={{ ...position, '--kind-accent': kind.accent }}
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      {/* A div, not <header>: inside a dialog a header would add a second "banner" landmark to the page. */}
      <div class="card-head">
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
        {/* Kind and as-of date share the small line above the title: the date costs the card no height. */}
        <div class="meta">
          <span class="kind">{kind.label}</span>
          <AsOf asOf={entry.asOf} datasetDate={props.dataset.date} />
          </div>
        <h2 id={TITLE_ID}>{entry.label}</h2>
      </div>
      <div class="card-body">
        <p class="summary">{entry.summary}</p>
        {bar ? <RangeBar bar={bar} /> : null}
        <div class="card-foot">
          <button type="button" class="more" aria-expanded={expanded} aria-controls={DETAILS_ID} onClick={props.onToggle}>
            More<span class="chevron" aria-hidden="true" />
          </button>
          {bar ? <BarLegend bar={bar} /> : null}
        </div>
        <div id={DETAILS_ID} class="details" hidden={!expanded}>
          <EntryDetails entry={entry} />
          <p class="footer">
            Backstory dataset {props.dataset.version}. Background, not a verdict on the article.{' '}
            <CorrectionLink entryId={entry.id} datasetVersion={props.dataset.version} host={props.pageHost} />
          </p>
        </div>
      </div>
      {placement ? <span class="arrow" aria-hidden="true" style={arrowStyle(placement)} /> : null}
    </div>
  );
}
