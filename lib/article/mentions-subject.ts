/**
 * Names that every article about this op-ed's subject carries at least one of. Checked with one
 * native regex search over the page's text before any of our own code walks the DOM, so pages about
 * anything else cost less than reading their text once.
 */
export const SUBJECT = /Iran|NCRI|PMOI|\bMEK\b|\bMKO\b|IRGC|Mojahed|Mujahed|Khalq|Rajavi|Verhofstadt|Pezeshkian/;

/** True when the document's text names the subject at all. */
export function mentionsSubject(doc: Document): boolean {
  const body = doc.body;
  return !!body && SUBJECT.test(body.textContent ?? '');
}
