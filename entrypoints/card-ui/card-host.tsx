import { render } from 'preact';
import type { Entry } from '../../lib/dataset/types.ts';
import type { CardHooks, CardHost, CardShowOptions } from '../../lib/handoff.ts';
import { toneCss } from '../../lib/ui/card-colours.ts';
import type { DatasetStamp } from '../../lib/ui/freshness.ts';
import { placeCard, SHEET_BELOW, type Box, type Placement, type Side } from '../../lib/ui/place-card.ts';
import { HoverCard } from '../../components/HoverCard.tsx';
import cardCss from './card.css?inline';

/** Tag name of the host element; distinctive so page CSS and scripts do not select it by accident. */
export const CARD_HOST_TAG = 'backstory-card-host';

/** What the open card shows: the entry, its term's boxes, the show options, whether "More" is open, and its side. */
interface Shown {
  entry: Entry;
  anchors: readonly Box[];
  opts: CardShowOptions;
  expanded: boolean;
  side?: Side;
}

/** Creates the card host lazily: nothing is added to the page until a card first opens. */
export function createCardHost(doc: Document, dataset: DatasetStamp, hooks: CardHooks): CardHost {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let shown: Shown | null = null;
  /** Where keyboard focus was before a card took it, to give it back on close. */
  let returnFocus: HTMLElement | null = null;

  const ensure = () => {
    if (host && host.isConnected && mount) return mount;
    host = doc.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = `${cardCss}\n${toneCss()}`;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.append(host);
    return mount;
  };

  const draw = (target: HTMLElement, now: Shown, placement: Placement | null, sheet: boolean) =>
    render(
      <HoverCard
        key={now.entry.id}
        entry={now.entry}
        placement={placement}
        sheet={sheet}
        tone={now.opts.tone}
        expanded={now.expanded}
        dataset={dataset}
        pageHost={now.opts.pageHost}
        onToggle={toggle}
        onClose={hooks.onClose}
        onPointerEnter={hooks.onPointerEnter}
        onPointerLeave={hooks.onPointerLeave}
      />,
      target,
    );

  // Render off-screen at its natural height to measure, then place it next to the term.
  const place = () => {
    if (!shown || !mount) return;
    const view = { width: doc.documentElement.clientWidth || 800, height: doc.documentElement.clientHeight || 600 };
    const sheet = view.width < SHEET_BELOW;
    draw(mount, shown, null, sheet);
    const card = mount.firstElementChild as HTMLElement | null;
    const size = card?.getBoundingClientRect() ?? { width: 400, height: 260 };
    const placement = placeCard(shown.anchors, size, view, shown.side);
    shown.side = placement.side;
    draw(mount, shown, placement, sheet);
  };
  function toggle() {
    if (!shown) return;
    shown = { ...shown, expanded: !shown.expanded };
    place();
  }

  return {
    show(entry, anchors, opts) {
      const target = ensure();
      // The same entry again (its term scrolled): keep "More" and the side as the reader left them.
      const same = shown?.entry.id === entry.id;
      shown = { entry, anchors, opts, expanded: same && !!shown?.expanded, side: same ? shown?.side : undefined };
      place();
      const card = target.firstElementChild as HTMLElement | null;
      if (opts.focus && card) {
        const active = doc.activeElement as HTMLElement | null;
        if (!host?.contains(active) && active !== host) returnFocus = active;
        // Focus the dialog itself so screen readers announce its name; Tab then reaches its controls.
        card.focus({ preventScroll: true });
      }
    },
    hide() {
      const hadFocus = !!host?.shadowRoot?.activeElement;
      if (mount && shown) render(null, mount);
      shown = null;
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    isOpen: () => shown !== null,
    contains: (target) => !!host && target === host,
    hostElement: () => host,
    destroy() {
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      mount = null;
      shown = null;
    },
  };
}
