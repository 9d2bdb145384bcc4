/** The dataset's version and review date, as cards and the popup show them. */
export interface DatasetStamp {
  version: string;
  /** YYYY-MM-DD of the dataset's last review. */
  date: string;
}

/** How much older than the dataset's review an entry's as-of date may be before the card warns. */
export const STALE_AFTER_MONTHS = 9;

/**
 * True when an entry describes the world as of more than nine months before the dataset was
 * reviewed: its facts may have moved on, and the card says so next to the date.
 */
export function mayBeOutOfDate(asOf: string, datasetDate: string): boolean {
  const limit = new Date(`${asOf}T00:00:00Z`);
  const reviewed = new Date(`${datasetDate}T00:00:00Z`);
  if (Number.isNaN(limit.getTime()) || Number.isNaN(reviewed.getTime())) return false;
  limit.setUTCMonth(limit.getUTCMonth() + STALE_AFTER_MONTHS);
  return reviewed.getTime() > limit.getTime();
}
