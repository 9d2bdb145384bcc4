import type { EntryKind } from './dataset/types';

/**
 * The message contract between the content script and extension pages. Checks outside this
 * repository use it too: keep it stable (see README, "Message contract").
 */
export interface AnnotationsGetRequest {
  type: 'annotations/get';
}

/** One highlighted occurrence; `text` is the exact page text highlighted. */
export interface AnnotationItem {
  entryId: string;
  kind: EntryKind;
  text: string;
}

/** The content script's answer to `annotations/get`. */
export interface AnnotationsResponse {
  article: { found: boolean; opEdId: string | null };
  annotations: AnnotationItem[];
}

/** Asks the content script to scroll to an occurrence of an entry and open its card. */
export interface AnnotationsFocusRequest {
  type: 'annotations/focus';
  entryId: string;
}

/** Tells the background page how many occurrences this tab has, for the toolbar badge. */
export interface BadgeSetRequest {
  type: 'badge/set';
  count: number;
}

/** Type guard for messages addressed to the content script. */
export function isContentRequest(msg: unknown): msg is AnnotationsGetRequest | AnnotationsFocusRequest {
  const type = (msg as { type?: unknown } | null)?.type;
  return type === 'annotations/get' || (type === 'annotations/focus' && typeof (msg as AnnotationsFocusRequest).entryId === 'string');
}

/** Type guard for the badge message. */
export function isBadgeRequest(msg: unknown): msg is BadgeSetRequest {
  const m = msg as Partial<BadgeSetRequest> | null;
  return m?.type === 'badge/set' && typeof m.count === 'number' && Number.isFinite(m.count) && m.count >= 0;
}

/** Badge text for a count: empty for none, capped so it fits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}
