/**
 * The cheap gate run on every page, in the spirit of Readability's isProbablyReaderable:
 * enough long paragraphs to be an article. Reads only `p` elements' text lengths; no layout.
 */
export function isProbablyArticle(doc: Document, minScore = 20, minLength = 140): boolean {
  return articleLead(doc, minScore, minLength) !== null;
}

/** Long paragraphs read past the article threshold, so the subject check has the lead to look at. */
const LEAD_EXTRA = 4;

/**
 * The gate's one read of the page: walks `p` elements in order until the long paragraphs pass the
 * article score, and returns the text of those paragraphs (plus a few more) as the article's lead,
 * or null for pages that are not articles. The live collection is indexed, never measured, so the
 * browser stops walking the DOM at the last paragraph read.
 */
export function articleLead(doc: Document, minScore = 20, minLength = 140): string | null {
  const paragraphs = doc.getElementsByTagName('p');
  let score = 0;
  let passed = -1;
  const lead: string[] = [];
  for (let i = 0; i < 400; i++) {
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
