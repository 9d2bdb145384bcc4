/** Decides whether an element's text is shown to the reader; a seam so jsdom tests can stand in for layout. */
export type IsHidden = (el: Element) => boolean;

/**
 * Hidden check from markup alone: the `hidden` attribute, aria-hidden and inline display/visibility.
 * Used where there is no layout (jsdom) and as the fast first test in the browser.
 */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  // Reading `style` makes the browser build a declaration object per element: look at the
  // attribute's text first, and parse it only when it can hide anything.
  const inline = el.getAttribute('style');
  if (!inline || !/display|visibility/i.test(inline)) return false;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

type Checkable = Element & { checkVisibility?: (o?: object) => boolean };

/**
 * Hidden check for the live page: markup first, then layout. Many saved or slow pages hide the whole
 * `html` or `body` until their scripts run (anti-flicker styles); that page-level hiding is not the
 * article being hidden, so then only styles set below `body` count.
 */
export function pageVisibility(doc: Document): IsHidden {
  const body = doc.body as Checkable | null;
  if (!body || typeof body.checkVisibility !== 'function') return isHiddenByMarkup;
  const view = doc.defaultView;
  const byLayout: IsHidden = (el) => isHiddenByMarkup(el) || !(el as Checkable).checkVisibility!({ visibilityProperty: true });
  const belowBody: IsHidden = (el) => {
    if (isHiddenByMarkup(el)) return true;
    if (!view) return false;
    const style = view.getComputedStyle(el);
    if (style.display === 'none') return true;
    // visibility inherits: only the element that sets it hides its subtree.
    const parent = el.parentElement;
    return style.visibility === 'hidden' && !!parent && parent !== doc.body && view.getComputedStyle(parent).visibility !== 'hidden';
  };
  // Decided on first use, not up front: a page without matches never asks layout anything.
  let check: IsHidden | null = null;
  return (el) => (check ??= body.checkVisibility!({ visibilityProperty: true }) ? byLayout : belowBody)(el);
}
