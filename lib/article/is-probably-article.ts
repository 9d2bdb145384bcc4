import { shadowRootsIn, type ShadowRootOf } from './shadow.ts';
import { SUBJECT } from './mentions-subject.ts';

/**
 * The cheap gate run on every page, in the spirit of Readability's isProbablyReaderable:
 * enough long paragraphs to be an article. Reads only `p` elements' text lengths; no layout.
 */
export function isProbablyArticle(doc: Document, minScore = 20, minLength = 140): boolean {
  return articleLead(doc, minScore, minLength) !== null;
}

/** Long paragraphs read past the article threshold, so the subject check has the lead to look at. */
const LEAD_EXTRA = 4;
/** Paragraphs read at most, long or short. */
const MAX_PARAGRAPHS = 400;

/**
 * Scores paragraphs in order; the lead's text, or null below the article score. Indexes the list
 * directly (no callback per paragraph): the gate runs once per page, cold, where a call costs.
 */
function leadOf(paragraphs: ArrayLike<Element>, minScore: number, minLength: number): string | null {
  let score = 0;
  let passed = -1;
  const lead: string[] = [];
  for (let i = 0; i < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i];
    if (!p) break;
    const text = (p.textContent ?? '').trim();
    if (text.length < minLength) continue;
    lead.push(text);
    score += Math.sqrt(text.length - minLength);
    if (passed === -1 && score > minScore) passed = lead.length;
    if (passed !== -1 && lead.length >= passed + LEAD_EXTRA) break;
  }
  return passed === -1 ? null : lead.join('\n');
}

/**
 * The gate's one read of the page: walks `p` elements in order until the long paragraphs pass the
 * article score, and returns the text of those paragraphs (plus a few more) as the article's lead,
 * or null for pages that are not articles. The live collection is indexed, never measured, so the
 * browser stops walking the DOM at the last paragraph read.
 */
export function articleLead(doc: Document, minScore = 20, minLength = 140): string | null {
  const paragraphs = doc.getElementsByTagName('p');
  return leadOf(paragraphs, minScore, minLength);
}

/**
 * The same read through shadow roots, for pages built from web components: only when the light DOM
 * has no article and the title or first heading names the subject, so every other page pays one
 * regex test of its title. The walk for hosts is bounded (see shadowRootsIn).
 */
export function shadowArticleLead(doc: Document, shadowRootOf: ShadowRootOf, minScore = 20, minLength = 140): string | null {
  const h1 = doc.getElementsByTagName('h1')[0];
  if (!SUBJECT.test(doc.title) && !(h1 && SUBJECT.test(h1.textContent ?? ''))) return null;
  const paragraphs: Element[] = [];
  for (const root of shadowRootsIn(doc, shadowRootOf)) {
    for (const p of root.querySelectorAll('p')) paragraphs.push(p);
    if (paragraphs.length >= MAX_PARAGRAPHS) break;
  }
  return leadOf(paragraphs, minScore, minLength);
}
