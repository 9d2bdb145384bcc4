import type { Entry } from '../lib/dataset/types.ts';
import { sanitiseNote } from '../lib/ui/sanitise-note.ts';
import { formatDate } from '../lib/ui/format-date.ts';
import { FigureTable } from './FigureTable.tsx';
import { SourceList } from './SourceList.tsx';

/** The body shared by the hover card and the popup: note, figures, as-of date and sources. */
export function EntryDetails({ entry }: { entry: Entry }) {
  return (
    <>
      <p class="note" dangerouslySetInnerHTML={{ __html: sanitiseNote(entry.note) }} />
      <FigureTable entry={entry} />
      <p class="as-of">As of {formatDate(entry.asOf)}</p>
      <SourceList sources={entry.sources} />
    </>
  );
}
