// Functions that run inside a test page, shared by the Chromium (Playwright) and Firefox (Puppeteer)
// tests. Each is self-contained (no closures, no imports): page.evaluate sends its source text.
// The wrappers take anything with page.evaluate, so both drivers' pages fit.

/** Anything with page.evaluate(fn, arg): a Playwright or a Puppeteer page. */
export interface Evaluates {
  evaluate(...args: never[]): Promise<unknown>;
}

/** Runs an in-page function with one argument on either kind of page. */
export function inPage<A, R>(page: Evaluates, fn: (arg: A) => R, arg: A): Promise<R> {
  return page.evaluate(fn as never, arg as never) as Promise<R>;
}

/**
 * In the page: our highlights, registry name → the text of each term's range. The punctuation joining
 * two occurrences of one term ("Iran (PMOI/MEK)") is painted too, as a range with no letter or digit: left out.
 */
function highlightTextsHere(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (name.startsWith('backstory-')) out[name] = [...h].map((r) => r.toString()).filter((t) => /[\p{L}\p{N}]/u.test(t));
  }
  return out;
}

/** Our highlights on the page: registry name → the text of each term's range (joins left out). */
export function highlightTexts(page: Evaluates): Promise<Record<string, string[]>> {
  return inPage(page, highlightTextsHere, null);
}

/** In the page: scrolls to the first highlight whose text is `wanted` (any, for null); its centre. */
function highlightPointHere(wanted: string | null): { x: number; y: number } | null {
  for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of hl) {
      if (wanted !== null && r.toString() !== wanted) continue;
      (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  }
  return null;
}

/**
 * Scrolls the first highlight whose text is `text` (or the first highlight at all) into view and
 * returns the centre of its first box, for pointer and touch tests; null when there is none.
 */
export function highlightPoint(page: Evaluates, text?: string): Promise<{ x: number; y: number } | null> {
  return inPage(page, highlightPointHere, text ?? null);
}

/** Centre of the first highlighted occurrence of `text`, scrolled into view; throws when there is none. */
export async function pointAtHighlight(page: Evaluates, text: string): Promise<{ x: number; y: number }> {
  const point = await highlightPoint(page, text);
  if (!point) throw new Error(`no highlight for ${text}`);
  return point;
}

/** In the page: a point over the demo's plain text (no term) near the start of a paragraph. */
function plainTextPointHere(): { x: number; y: number } {
  const p = [...document.querySelectorAll('.story-body p')].find((el) => el.textContent!.startsWith('The regime understands'))!;
  p.scrollIntoView({ block: 'center' });
  const r = p.getBoundingClientRect();
  return { x: r.left + 40, y: r.top + 8 };
}

/** A point over plain text of the demo article, scrolled into view: hovering it must open nothing. */
export function plainTextPoint(page: Evaluates): Promise<{ x: number; y: number }> {
  return inPage(page, plainTextPointHere, null);
}

/** For evaluateAll / $$eval over the popup's term rows: each opens a panel with a real summary and two or more sources. */
export function rowsHaveSummaryAndSources(rows: Element[]): boolean {
  return rows.every((row) => {
    const panel = document.getElementById(row.getAttribute('aria-controls') ?? '');
    return !!panel && panel.querySelectorAll('.sources a').length >= 2 && panel.querySelector('.summary')!.textContent!.length > 40;
  });
}

/** For evaluateAll / $$eval over a card's source links: what each opens and how. */
export function linkTargets(as: Element[]): { href: string; target: string; rel: string }[] {
  return as.map((a) => ({ href: (a as HTMLAnchorElement).href, target: (a as HTMLAnchorElement).target, rel: (a as HTMLAnchorElement).rel }));
}
