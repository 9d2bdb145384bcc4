/** Long paragraphs read past the article threshold, so the subject check has the lead to look at. */
const LEAD_EXTRA = 4;
/** Paragraph elements read at most. */
export const MAX_PARAGRAPHS = 400;

/** Elements' texts, in order. A live collection is indexed, never measured, so the browser stops at the last one read. */
export function* textsOf(paragraphs: ArrayLike<Element>): Generator<string> {
  for (let i = 0; i < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i];
    if (!p) return;
    yield (p.textContent ?? '').trim();
  }
}

/** Scores paragraphs until they pass the article threshold; returns the lead, or null. */
export function leadOf(texts: Iterable<string>, minScore: number, minLength: number): string | null {
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
 * The every-page read, in the spirit of Readability's isProbablyReaderable: the text of the long `p`
 * paragraphs that pass the article score (plus a few more) as the article's lead, or null for pages
 * that are not articles. Reads only paragraphs' text; no layout, no other elements.
 */
export function paragraphLead(doc: Document, minScore = 20, minLength = 140): string | null {
  return leadOf(textsOf(doc.getElementsByTagName('p')), minScore, minLength);
}
