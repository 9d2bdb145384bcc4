import type { Entry } from './dataset/types.ts';
import type { AnnotationsResponse, ContentRequest, ContentResponse } from './messages.ts';
import type { Tone } from './ui/card-colours.ts';
import type { DatasetStamp } from './ui/freshness.ts';
import type { Box } from './ui/place-card.ts';

/** How a card opens: with focus (keyboard) or not, in which tone, and the page's host for its correction link. */
export interface CardShowOptions {
  focus: boolean;
  tone: Tone;
  pageHost: string | null;
}

/** The card the card UI script creates: one shadow-root host, shown next to a term. */
export interface CardHost {
  /** Shows `entry` next to its term, `anchors` being every box of the term (one per line). */
  show(entry: Entry, anchors: readonly Box[], opts: CardShowOptions): void;
  hide(): void;
  isOpen(): boolean;
  /** True when the event target is the card (events from inside a shadow root are retargeted to its host). */
  contains(target: EventTarget | null): boolean;
  /** The host element, once created. */
  hostElement(): HTMLElement | null;
  destroy(): void;
}

/** Hooks the annotator gives the card: pointer entering or leaving it, and its close button. */
export interface CardHooks {
  onPointerEnter: () => void;
  onPointerLeave: () => void;
  onClose: () => void;
}

/** Creates the card host in a document. */
export type CreateCard = (doc: Document, dataset: DatasetStamp, hooks: CardHooks) => CardHost;

/**
 * The extension's scripts in one frame share an isolated world: the tiny every-page gate, the
 * annotator it asks the background to inject on article pages, and the card UI injected on first
 * hover. They meet on one global, typed here.
 */
export interface Handoff {
  /** Set by the gate once it runs, so a second copy stays idle. */
  gate?: boolean;
  /** Set by the gate when it has asked for the annotator. */
  requested?: boolean;
  /** Set by the gate with `requested`: the light DOM's `p` paragraphs make an article (else the title named the subject). */
  lead?: boolean;
  /** Set by the annotator: answers content-script messages from then on. */
  handle?: (msg: ContentRequest) => Promise<ContentResponse<ContentRequest>>;
  /** Set by the card UI script: creates the card host. */
  createCard?: CreateCard;
  /** Waiters for `createCard`. */
  cardWaiters?: (() => void)[];
}

/** The shared global, created on first use. */
export function handoff(): Handoff {
  const g = globalThis as { __backstory7c1e?: Handoff };
  return (g.__backstory7c1e ??= {});
}

/** The answer for a page the annotator never ran on. */
export function emptyResponse(found: boolean): AnnotationsResponse {
  return { article: { found, opEdId: null }, annotations: [] };
}
