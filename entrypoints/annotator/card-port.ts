import { sendToBackground } from '../../extension/messaging.ts';
import type { Entry } from '../../lib/dataset/types.ts';
import { handoff, type CardHooks, type CardHost } from '../../lib/handoff.ts';
import { cardTone, type Tone } from '../../lib/ui/card-colours.ts';
import type { DatasetStamp } from '../../lib/ui/freshness.ts';
import type { Box } from '../../lib/ui/place-card.ts';

/** The annotator's side of the card: loads the card UI and the note on demand, shows the latest request. */
export interface CardPort {
  /** Starts loading the card UI and the entry, so the card is ready when the dwell ends. */
  prefetch(entryId: string): void;
  /** Shows the entry's card next to its term; `anchors` gives every box of the term (one per line). */
  show(entryId: string, anchors: () => readonly Box[], focus: boolean): Promise<void>;
  hide(): void;
  isOpen(): boolean;
  contains(target: EventTarget | null): boolean;
  hostElement(): HTMLElement | null;
  destroy(): void;
}

/**
 * Creates the port; nothing is loaded or added to the page until a card is first wanted. `pageTone`
 * is the article background's tone, or null when the page paints none (then the reader's
 * colour-scheme preference decides).
 */
export function createCardPort(
  doc: Document, dataset: () => DatasetStamp, hooks: CardHooks, onError: (e: unknown) => void, pageTone: () => Tone | null = () => null,
): CardPort {
  let host: CardHost | null = null;
  let loading: Promise<CardHost> | null = null;
  let latest = 0;
  const entries = new Map<string, Promise<Entry | null>>();

  const load = () =>
    (loading ??= (async () => {
      const shared = handoff();
      if (!shared.createCard) {
        const ready = new Promise<void>((resolve) => (shared.cardWaiters ??= []).push(resolve));
        await sendToBackground({ type: 'inject', part: 'card' });
        if (!shared.createCard) await ready;
      }
      host = shared.createCard!(doc, dataset(), hooks);
      return host;
    })().catch((error) => {
      loading = null;
      throw error;
    }));

  const entry = (entryId: string) => {
    let found = entries.get(entryId);
    if (!found) {
      // A failed look-up (the background restarting) is forgotten, so the next hover asks again.
      found = sendToBackground({ type: 'entry/get', entryId }).catch(() => {
        entries.delete(entryId);
        return null;
      });
      entries.set(entryId, found);
    }
    return found;
  };

  return {
    prefetch(entryId) {
      void load().catch(() => undefined);
      void entry(entryId);
    },
    async show(entryId, anchors, focus) {
      const mine = ++latest;
      try {
        const [card, data] = await Promise.all([load(), entry(entryId)]);
        // A newer request (or a close) came in while loading: that one wins.
        if (mine !== latest || !data) return;
        const prefersDark = doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
        card.show(data, anchors(), { focus, tone: cardTone(pageTone(), prefersDark), pageHost: doc.location?.hostname || null });
      } catch (error) {
        onError(error);
      }
    },
    hide() {
      latest++;
      host?.hide();
    },
    isOpen: () => host?.isOpen() ?? false,
    contains: (target) => host?.contains(target) ?? false,
    hostElement: () => host?.hostElement() ?? null,
    destroy() {
      latest++;
      host?.destroy();
    },
  };
}
