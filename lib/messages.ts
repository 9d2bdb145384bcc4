import type { Entry } from './dataset/types.ts';
import type { EntryKind } from './kinds.ts';
import type { PackedModel } from './model/packed-model.ts';

// The message contract between the extension's parts, as one request → response map per receiver.
// Senders and handlers are typed from these maps (extension/messaging.ts), so no reply is cast.
// Checks outside this repository use the content-script half: keep it stable (README, "Message contract").

/** Asks the content script what it shows. */
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

/** Whether a focus or step request found an occurrence to open. */
export interface MoveResult {
  ok: boolean;
}

/** Tells the background page how many occurrences this tab has, for the toolbar badge. */
export interface BadgeSetRequest {
  type: 'badge/set';
  count: number;
}

/**
 * Content scripts ask the background to inject a part that loads only when needed. The answer is
 * false when a sub-frame's request for the annotator is declined: the top frame shows the article.
 */
export interface InjectRequest {
  type: 'inject';
  part: keyof typeof INJECTABLE;
}

/** Content scripts ask the background for one entry's note and sources when a card opens. */
export interface EntryGetRequest {
  type: 'entry/get';
  entryId: string;
}

/**
 * The annotator asks the background for the packed matching model instead of carrying it: data
 * inlined in a script is compiled on every article page at a cost that grows with its size.
 */
export interface ModelGetRequest {
  type: 'model/get';
}

/**
 * Which frame of a tab shows the article (an op-ed may be embedded in an iframe): the popup asks so
 * that it talks to that frame, naming the tab it describes; a content script asks about its own tab.
 */
export interface FrameGetRequest {
  type: 'frame/get';
  tabId?: number;
}

/**
 * An annotator in a sub-frame asks for the host of the tab's page (the one in the address bar): the
 * reader's "this site" switch names that site, not the host an embedded copy is served from.
 */
export interface SiteGetRequest {
  type: 'site/get';
}

/** What the content script in a tab answers, by request type. */
export interface ContentProtocol {
  'annotations/get': { request: AnnotationsGetRequest; response: AnnotationsResponse };
  'annotations/focus': { request: AnnotationsFocusRequest; response: MoveResult };
  'annotations/step': { request: AnnotationsStepRequest; response: MoveResult };
}

/** What the background answers the content scripts, by request type. */
export interface BackgroundProtocol {
  inject: { request: InjectRequest; response: boolean };
  'entry/get': { request: EntryGetRequest; response: Entry | null };
  'model/get': { request: ModelGetRequest; response: PackedModel };
  'badge/set': { request: BadgeSetRequest; response: void };
  'frame/get': { request: FrameGetRequest; response: number };
  'site/get': { request: SiteGetRequest; response: string | null };
}

/** Any request the content script handles. */
export type ContentRequest = ContentProtocol[keyof ContentProtocol]['request'];
/** Any request the background handles. */
export type BackgroundRequest = BackgroundProtocol[keyof BackgroundProtocol]['request'];
/** The answer to a content-script request. */
export type ContentResponse<R extends ContentRequest> = ContentProtocol[R['type']]['response'];
/** The answer to a background request. */
export type BackgroundResponse<R extends BackgroundRequest> = BackgroundProtocol[R['type']]['response'];

/** Files the background may inject, by part: nothing else can be asked for. */
export const INJECTABLE = { annotator: '/annotator.js', card: '/card-ui.js' } as const;

type Fields = { type?: unknown; entryId?: unknown; direction?: unknown; part?: unknown; count?: unknown; tabId?: unknown } | null;

/** Type guard for messages addressed to the content script. */
export function isContentRequest(msg: unknown): msg is ContentRequest {
  const m = msg as Fields;
  if (m?.type === 'annotations/get') return true;
  if (m?.type === 'annotations/focus') return typeof m.entryId === 'string';
  return m?.type === 'annotations/step' && (m.direction === 1 || m.direction === -1);
}

/** Type guard for messages addressed to the background. */
export function isBackgroundRequest(msg: unknown): msg is BackgroundRequest {
  const m = msg as Fields;
  switch (m?.type) {
    case 'inject': return m.part === 'annotator' || m.part === 'card';
    case 'entry/get': return typeof m.entryId === 'string';
    case 'model/get':
    case 'site/get': return true;
    case 'badge/set': return typeof m.count === 'number' && Number.isFinite(m.count) && m.count >= 0;
    case 'frame/get': return m.tabId === undefined || Number.isInteger(m.tabId);
    default: return false;
  }
}

/** Badge text for a count: empty for none, capped so it fits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(Math.floor(count));
}
