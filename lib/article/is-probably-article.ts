/**
 * The cheap gate run on every page, in the spirit of Readability's isProbablyReaderable:
 * enough long paragraphs to be an article. Reads only `p` elements' text lengths; no layout.
 */
export function isProbablyArticle(doc: Document, minScore = 20, minLength = 140): boolean {
  const paragraphs = doc.getElementsByTagName('p');
  let score = 0;
  // Cap the scan: a page with hundreds of paragraphs has passed long before that.
  const limit = Math.min(paragraphs.length, 400);
  for (let i = 0; i < limit; i++) {
    const len = (paragraphs[i].textContent ?? '').trim().length;
    if (len < minLength) continue;
    score += Math.sqrt(len - minLength);
    if (score > minScore) return true;
  }
  return false;
}
