import { leadOf, MAX_PARAGRAPHS, paragraphLead, textsOf } from './article-lead.ts';
import { titleNamesSubject } from './mentions-subject.ts';
import { paragraphsOf, proseContainers } from './prose-blocks.ts';
import { shadowRootsIn, type ShadowRootOf } from './shadow.ts';

/**
 * Whether the page holds an article, in the spirit of Readability's isProbablyReaderable: enough long
 * paragraphs (`p`, or other forms when the title names the subject). Reads only text; no layout.
 */
export function isProbablyArticle(doc: Document, minScore = 20, minLength = 140): boolean {
  return articleLead(doc, minScore, minLength) !== null;
}

/** Paragraphs printed without `p` (<br> chains, text-only divs, pre-line text), in order of their containers. */
function* proseTexts(doc: Document): Generator<string> {
  for (const container of proseContainers(doc)) yield* paragraphsOf(container);
}

/**
 * The article's lead (see paragraphLead), or null for pages that are not articles. Pages whose `p`
 * elements do not make an article are read for paragraphs in other forms only when their title or
 * first heading names the subject, so other pages without `p` pay for nothing more than that check.
 */
export function articleLead(doc: Document, minScore = 20, minLength = 140): string | null {
  return paragraphLead(doc, minScore, minLength) ?? (titleNamesSubject(doc) ? leadOf(proseTexts(doc), minScore, minLength) : null);
}

/**
 * The same read through shadow roots, for pages built from web components: only when the light DOM
 * has no article and the title or first heading names the subject, so every other page pays one
 * substring test of its title. The walk for hosts is bounded (see shadowRootsIn).
 */
export function shadowArticleLead(doc: Document, shadowRootOf: ShadowRootOf, minScore = 20, minLength = 140): string | null {
  return leadInRoots(articleShadowRoots(doc, shadowRootOf), minScore, minLength);
}

/** The lead (see paragraphLead) of the `p` paragraphs inside `roots`, or null. */
export function leadInRoots(roots: readonly ShadowRoot[], minScore = 20, minLength = 140): string | null {
  const paragraphs: Element[] = [];
  for (const root of roots) {
    for (const p of root.querySelectorAll('p')) paragraphs.push(p);
    if (paragraphs.length >= MAX_PARAGRAPHS) break;
  }
  return leadOf(textsOf(paragraphs), minScore, minLength);
}

/**
 * The shadow roots that may hold the article: none unless the title or first heading names the
 * subject, the one condition under which an article is ever read through roots (so watching the
 * roots of any other page would be work for nothing). The walk for hosts is bounded (see shadowRootsIn).
 */
export function articleShadowRoots(doc: Document, shadowRootOf: ShadowRootOf): ShadowRoot[] {
  return titleNamesSubject(doc) ? shadowRootsIn(doc, shadowRootOf) : [];
}
