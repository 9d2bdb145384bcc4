/** Quiet time after the last mutation before re-checking the page. */
export const SETTLE_MS = 150;
/** Longest a burst of mutations can delay a re-check, so late articles are annotated within a second. */
export const MAX_WAIT_MS = 600;

/**
 * Calls `onChange` after the page's DOM changes (client-rendered articles, re-renders, single-page
 * navigation), debounced and capped. (start.ts listens for the navigation itself.) Mutations inside `ignore` (our own card host) do not count.
 */
export function watchPage(doc: Document, ignore: () => Node | null, onChange: () => void, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || typeof win.MutationObserver !== 'function') return;
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
    timer = win.setTimeout(fire, Math.max(0, Math.min(SETTLE_MS, first + MAX_WAIT_MS - now)));
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    win.clearTimeout(timer);
  });
}
