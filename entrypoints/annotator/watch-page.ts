import { settleDelay } from '../../lib/timings.ts';

/**
 * Calls `onChange` after the page's DOM changes (client-rendered articles, re-renders, single-page
 * navigation), debounced and capped. Mutations inside `ignore` (our own card host) do not count.
 * Returns a call that adds shadow roots to watch: the document's observer does not see inside them.
 */
export function watchPage(doc: Document, ignore: () => Node | null, onChange: () => void, signal: AbortSignal): (roots: readonly Node[]) => void {
  const win = doc.defaultView;
  if (!win || typeof win.MutationObserver !== 'function') return () => {};
  let timer = 0;
  let first = 0;
  const fire = () => {
    timer = 0;
    first = 0;
    onChange();
  };
  const observer = new win.MutationObserver((records) => {
    const own = ignore();
    if (own && records.every((r) => own.contains(r.target))) return;
    const now = Date.now();
    if (!first) first = now;
    win.clearTimeout(timer);
    timer = win.setTimeout(fire, settleDelay(first, now));
  });
  const options = { childList: true, subtree: true, characterData: true };
  observer.observe(doc.documentElement, options);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(timer);
  });
  // Observing a root again only renews its options; roots that leave the page are dropped with their nodes.
  return (roots) => { for (const root of roots) observer.observe(root, options); };
}

/**
 * Calls `onNavigate` when a single-page site shows another article under a new URL (the DOM watcher
 * sees the swap too). One listener: the Navigation API where the browser has it, else popstate.
 */
export function watchNavigation(win: Window, onNavigate: () => void, signal: AbortSignal): void {
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  if (nav) nav.addEventListener('navigatesuccess', onNavigate, { signal });
  else win.addEventListener('popstate', onNavigate, { signal });
}
