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

/** Steps to the next (1) or previous (-1) occurrence and opens its card: the keyboard path. */
export interface AnnotationsStepRequest {
  type: 'annotations/step';
  direction: 1 | -1;
}

/** Tells the background page how many occurrences this tab has, for the toolbar badge. */
export interface BadgeSetRequest {
  type: 'badge/set';
  count: number;
}

/** Content scripts ask the background to inject a part that loads only when needed. */
export interface InjectRequest {
  type: 'inject';
  part: 'annotator' | 'card';
}

/** Content scripts ask the background for one entry's note and sources when a card opens. */
export interface EntryGetRequest {
  type: 'entry/get';
  entryId: string;
}

/**
 * The annotator asks the background for the compiled matching model instead of carrying it: data
 * inlined in a script is compiled on every article page at a cost that grows with its size.
 */
export interface ModelGetRequest {
  type: 'model/get';
}

/** Files the background may inject, by part: nothing else can be asked for. */
export const INJECTABLE = { annotator: '/annotator.js', card: '/card-ui.js' } as const;

/** Type guard for injection requests. */
export function isInjectRequest(msg: unknown): msg is InjectRequest {
  const m = msg as Partial<InjectRequest> | null;
  return m?.type === 'inject' && (m.part === 'annotator' || m.part === 'card');
}

/** Type guard for entry look-ups. */
export function isEntryGetRequest(msg: unknown): msg is EntryGetRequest {
  const m = msg as Partial<EntryGetRequest> | null;
  return m?.type === 'entry/get' && typeof m.entryId === 'string';
}

/** Type guard for the model request. */
export function isModelGetRequest(msg: unknown): msg is ModelGetRequest {
  return (msg as Partial<ModelGetRequest> | null)?.type === 'model/get';
}

/** Type guard for messages addressed to the content script. */
export function isContentRequest(msg: unknown): msg is AnnotationsGetRequest | AnnotationsFocusRequest | AnnotationsStepRequest {
  const m = msg as { type?: unknown; entryId?: unknown; direction?: unknown } | null;
  if (m?.type === 'annotations/get') return true;
  if (m?.type === 'annotations/focus') return typeof m.entryId === 'string';
  return m?.type === 'annotations/step' && (m.direction === 1 || m.direction === -1);
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
