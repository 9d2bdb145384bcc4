import type { Entry } from '../lib/dataset/types.ts';
import { sanitiseNote } from '../lib/ui/sanitise-note.ts';
import { FigureTable } from './FigureTable.tsx';
import { SourceList } from './SourceList.tsx';

/** The card's details behind "More": note, figures and sources (the as-of date sits under the summary). */
export function EntryDetails({ entry }: { entry: Entry }) {
  return (
    <>
      <p class="note" dangerouslySetInnerHTML={{ __html: sanitiseNote(entry.note) }} />
      <FigureTable entry={entry} />
      <SourceList sources={entry.sources} />
    </>
  );
}
