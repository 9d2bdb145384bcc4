import { formatDate } from '../lib/ui/format-date.ts';
import { mayBeOutOfDate } from '../lib/ui/freshness.ts';

/** "As of <date>", with "may be out of date" when the entry is much older than the dataset's review. */
export function AsOf({ asOf, datasetDate }: { asOf: string; datasetDate: string }) {
  return (
    <span class="as-of">
      As of {formatDate(asOf)}
      {mayBeOutOfDate(asOf, datasetDate) ? <span class="stale"> · may be out of date</span> : null}
    </span>
  );
}
