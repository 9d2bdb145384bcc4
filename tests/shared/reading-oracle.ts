// The reading oracle shared by the Chromium and Firefox tests: what the op-ed paragraphs a page shows
// should produce, and which highlights fall outside them. The in-page parts are plain functions, so
// Playwright's and Puppeteer's page.evaluate can both run them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inPage, type Evaluates } from './in-page.ts';
import { OPED } from './oped-text.ts';
import { CORPUS_DIR } from './paths.ts';
import { bundledDataset } from '../support/bundled.ts';
import { aliasSpecs, compileMatcher } from '../../lib/matching/compile-matcher.ts';
import { findMatches } from '../../lib/matching/find-matches.ts';
import { normaliseText } from '../../lib/text/normalise-char.ts';

export { OPED } from './oped-text.ts';

/** The corpus pages, split into those with and without the op-ed. */
export function corpusPages(): { opEdPages: string[]; sourcePages: string[] } {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { file: string; hasOped: boolean }[];
  return { opEdPages: manifest.filter((c) => c.hasOped).map((c) => c.file), sourcePages: manifest.filter((c) => !c.hasOped).map((c) => c.file) };
}

/** The ids the op-ed must always show (issue #3). */
export const REQUIRED = ['ncri', 'mek', 'irgc', 'european-parliament', 'executions-1988', 'executions-since-2024'];

/**
 * The op-ed paragraphs a page shows (innermost holders, hidden ones excluded). Runs in the page (body
 * defaults to the page's) and on jsdom documents, so both apply the same oracle.
 */
export function shownOpEdParagraphs(opEdText: string, body: Element = document.body): string[] {
  const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  const paragraphs = new Set(opEdText.split('\n').slice(1).map(norm));
  const out: string[] = [];
  for (const el of body.querySelectorAll('*')) {
    const text = norm(el.textContent ?? '');
    if (!paragraphs.has(text)) continue;
    if ([...el.children].some((c) => norm(c.textContent ?? '') === text)) continue;
    if (el.closest('[hidden], [style*="display: none"], [style*="display:none"]')) continue;
    out.push(text);
  }
  return out;
}

/** In the page: our highlights whose block is not part of the op-ed. */
function highlightsOutside(opEdText: string): string[] {
  const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
  const full = norm(opEdText);
  const outside: string[] = [];
  for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of hl) {
      const node = r.commonAncestorContainer;
      const el = (node.nodeType === 1 ? node : node.parentElement) as Element;
      const block = el.closest('p, li, h1, h2, h3, h4, td, blockquote, div') ?? el;
      if (!full.includes(norm(block.textContent ?? ''))) outside.push(`${r.toString()} in <${block.tagName}> "${norm(block.textContent ?? '').slice(0, 60)}"`);
    }
  }
  return outside;
}

const matcher = compileMatcher(aliasSpecs(bundledDataset.entries));

/** Entry id → count of every dataset term in the given paragraphs. */
export function termCounts(paragraphs: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of paragraphs) {
    for (const m of findMatches(matcher, normaliseText(text, true))) {
      const id = bundledDataset.entries[m.entry].id;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return counts;
}

/** Entry id → count of every dataset term in the op-ed paragraphs the page shows. */
export async function expectedCounts(page: Evaluates): Promise<Record<string, number>> {
  return termCounts(await inPage(page, shownOpEdParagraphs, OPED));
}

/** Every highlighted range must lie inside a block whose text is part of the op-ed. */
export function rangesOutsideOpEd(page: Evaluates): Promise<string[]> {
  return inPage(page, highlightsOutside, OPED);
}

/** Entry id → number of annotations. */
export function countsOf(res: { annotations: { entryId: string }[] }): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of res.annotations) counts[a.entryId] = (counts[a.entryId] ?? 0) + 1;
  return counts;
}
