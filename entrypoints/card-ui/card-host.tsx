import { render } from 'preact';
import type { CardHooks, CardHost } from '../../lib/handoff.ts';
import { placeCard } from '../../lib/ui/place-card.ts';
import { HoverCard } from '../../components/HoverCard.tsx';
import cardCss from './card.css?inline';

/** Tag name of the host element; distinctive so page CSS and scripts do not select it by accident. */
export const CARD_HOST_TAG = 'backstory-card-host';

/** Creates the card host lazily: nothing is added to the page until a card first opens. */
export function createCardHost(doc: Document, datasetVersion: string, hooks: CardHooks): CardHost {
  let host: HTMLElement | null = null;
  let mount: HTMLElement | null = null;
  let open = false;
  /** Where keyboard focus was before a card took it, to give it back on close. */
  let returnFocus: HTMLElement | null = null;

  const ensure = () => {
    if (host && host.isConnected && mount) return mount;
    host = doc.createElement(CARD_HOST_TAG);
    const shadow = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = cardCss;
    mount = doc.createElement('div');
    shadow.append(style, mount);
    doc.documentElement.append(host);
    return mount;
  };

  return {
    show(entry, anchor, { focus }) {
      const target = ensure();
      // Render once off-screen to measure, then place next to the term.
      const draw = (top: number, left: number) =>
        render(
          <HoverCard
            entry={entry}
            position={{ top, left }}
            datasetVersion={datasetVersion}
            onClose={hooks.onClose}
            onPointerEnter={hooks.onPointerEnter}
            onPointerLeave={hooks.onPointerLeave}
          />,
          target,
        );
      draw(-10000, -10000);
      const card = target.firstElementChild as HTMLElement | null;
      const size = card?.getBoundingClientRect() ?? { width: 380, height: 300 };
      const view = { width: doc.documentElement.clientWidth || 800, height: doc.documentElement.clientHeight || 600 };
      const pos = placeCard(anchor, size, view);
      draw(pos.top, pos.left);
      open = true;
      if (focus && card) {
        const active = doc.activeElement as HTMLElement | null;
        if (!host?.contains(active) && active !== host) returnFocus = active;
        // Focus the dialog itself so screen readers announce its name; Tab then reaches its links.
        card.focus({ preventScroll: true });
      }
    },
    hide() {
      const hadFocus = !!host?.shadowRoot?.activeElement;
      if (mount && open) render(null, mount);
      open = false;
      if (hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    isOpen: () => open,
    contains: (target) => !!host && target === host,
    hostElement: () => host,
    destroy() {
      if (mount) render(null, mount);
      host?.remove();
      host = null;
      mount = null;
      open = false;
    },
  };
}
