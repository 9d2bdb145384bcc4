import type { EntryKind } from '../dataset/types';

/** Reader-facing names of kinds, in the order the popup lists them. */
export const KIND_LABELS: Record<EntryKind, string> = {
  article: 'This article',
  organisation: 'Organisation',
  person: 'Person',
  event: 'Event',
  campaign: 'Campaign',
  'legal-term': 'Legal term',
  statistic: 'Statistic',
  place: 'Place',
};

/** Plural group headings for the popup. */
export const KIND_GROUPS: Record<EntryKind, string> = {
  article: 'This article',
  organisation: 'Organisations',
  person: 'People',
  event: 'Events',
  campaign: 'Campaigns',
  'legal-term': 'Legal terms',
  statistic: 'Statistics',
  place: 'Places',
};

/** Kinds in display order. */
export const KIND_ORDER: EntryKind[] = ['organisation', 'person', 'event', 'campaign', 'legal-term', 'statistic', 'place'];

/** Formats a YYYY[-MM[-DD]] date for readers without depending on the browser locale. */
export function formatDate(date: string): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = months[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
