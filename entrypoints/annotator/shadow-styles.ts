import { highlightCss } from '../../lib/highlight/highlight-css.ts';

/** Our ::highlight() rules in the shadow trees that hold highlighted text. */
export interface ShadowStyles {
  /** Adopts our sheet into `roots` and takes it out of every root covered before but not listed now. */
  cover(roots: readonly ShadowRoot[]): void;
  /** Takes our sheet out of every root it was adopted into. */
  clear(): void;
}

/**
 * The content stylesheet styles the document only; a shadow tree sees just its own styles, so in
 * Firefox its highlighted text gets no colour (Chromium 156 happens to carry the document's rules in
 * through highlight inheritance; measured, the sheet is what paints in Firefox). Each such root
 * adopts one constructed sheet with the same generated rules, appended after the page's own sheets,
 * which stay as they are; teardown removes exactly ours. Nothing is created on light-DOM pages.
 */
export function createShadowStyles(): ShadowStyles {
  let sheet: CSSStyleSheet | null = null;
  let covered = new Set<ShadowRoot>();
  const ours = () => {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss());
    }
    return sheet;
  };
  const cover = (roots: readonly ShadowRoot[]) => {
    const next = new Set(roots);
    for (const root of covered) {
      if (!next.has(root)) root.adoptedStyleSheets = [...root.adoptedStyleSheets].filter((s) => s !== sheet);
    }
    for (const root of next) {
      const sheets = [...root.adoptedStyleSheets];
      if (!sheets.includes(ours())) root.adoptedStyleSheets = [...sheets, ours()];
    }
    covered = next;
  };
  return { cover, clear: () => cover([]) };
}
