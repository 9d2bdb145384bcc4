import type { Source } from '../lib/dataset/types.ts';
import { formatDate } from '../lib/ui/format-date.ts';

/** Sources with their perspective label; links open in a new tab and tell the site nothing about us. */
export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul class="sources">
      {sources.map((s) => (
        <li key={s.url}>
          <span class="perspective">{s.perspective}</span>{' '}
          <a href={s.url} target="_blank" rel="noopener noreferrer">
            {s.publisher}: {s.title}
          </a>
          {s.date ? <span class="date"> ({formatDate(s.date)})</span> : null}
        </li>
      ))}
    </ul>
  );
}
