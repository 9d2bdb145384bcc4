/** Decides whether an element's text is shown to the reader; a seam so jsdom tests can stand in for layout. */
export type IsHidden = (el: Element) => boolean;

/**
 * Hidden check from markup alone: the `hidden` attribute, aria-hidden and inline display/visibility.
 * Used where there is no layout (jsdom) and as the fast first test in the browser.
 */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return !!style && (style.display === 'none' || style.visibility === 'hidden');
}

/** Hidden check for the live page: markup first, then layout through checkVisibility where the browser has it. */
export function isHiddenInPage(el: Element): boolean {
  if (isHiddenByMarkup(el)) return true;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el, { visibilityProperty: true }) : false;
}
