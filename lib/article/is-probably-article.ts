import { titleNamesSubject } from './mentions-subject.ts';
import { paragraphsOf, proseContainers } from './prose-blocks.ts';
import { shadowRootsIn, type ShadowRootOf } from './shadow.ts';

/**
 * The cheap gate run on every page, in the spirit of Readability's isProbablyReaderable:
 * enough long paragraphs to be an article. Reads only paragraphs' text lengths; no layout.
 */
export function isProbablyArticle(doc: Document, minScore = 20, minLength = 140): boolean {
  return articleLead(doc, minScore, minLength) !== null;
}

/** Long paragraphs read past the article threshold, so the subject check has the lead to look at. */
const LEAD_EXTRA = 4;
/** Paragraph elements read at most. */
const MAX_PARAGRAPHS = 400;

/** Elements' texts, in order. A live collection is indexed, never measured, so the browser stops at the last one read. */
function* textsOf(paragraphs: ArrayLike<Element>): Generator<string> {
  for (let i = 0; i < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i];
    if (!p) return;
    yield (p.textContent ?? '').trim();
  }
}

/** Paragraphs printed without `p` (<br> chains, text-only divs, pre-line text), in order of their containers. */
function* proseTexts(doc: Document): Generator<string> {
  for (const container of proseContainers(doc)) yield* paragraphsOf(container);
}

/** Scores paragraphs until they pass the article threshold; returns the lead, or null. */
function leadOf(texts: Iterable<string>, minScore: number, minLength: number): string | null {
  let score = 0;
  let passed = -1;
  const lead: string[] = [];
  for (const text of texts) {
    if (text.length < minLength) continue;
    lead.push(text);
    score += Math.sqrt(text.length - minLength);
    if (passed === -1 && score > minScore) passed = lead.length;
    if (passed !== -1 && lead.length >= passed + LEAD_EXTRA) break;
  }
  return passed === -1 ? null : lead.join('\n');
}

/**
 * The gate's one read of the page: the text of the long paragraphs that pass the article score (plus
 * a few more) as the article's lead, or null for pages that are not articles. Pages whose `p`
 * elements do not make an article are read for paragraphs in other forms only when their title or
 * first heading names the subject, so other pages without `p` pay for nothing more than that check.
 */
export function articleLead(doc: Document, minScore = 20, minLength = 140): string | null {
  return leadOf(textsOf(doc.getElementsByTagName('p')), minScore, minLength) ?? (titleNamesSubject(doc) ? leadOf(proseTexts(doc), minScore, minLength) : null);
}

/**
 * The same read through shadow roots, for pages built from web components: only when the light DOM
 * has no article and the title or first heading names the subject, so every other page pays one
 * regex test of its title. The walk for hosts is bounded (see shadowRootsIn).
 */
export function shadowArticleLead(doc: Document, shadowRootOf: ShadowRootOf, minScore = 20, minLength = 140): string | null {
  if (!titleNamesSubject(doc)) return null;
  const paragraphs: Element[] = [];
  for (const root of shadowRootsIn(doc, shadowRootOf)) {
    for (const p of root.querySelectorAll('p')) paragraphs.push(p);
    if (paragraphs.length >= MAX_PARAGRAPHS) break;
  }
  return leadOf(textsOf(paragraphs), minScore, minLength);
}
