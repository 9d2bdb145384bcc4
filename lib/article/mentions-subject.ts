/**
 * Names that every article about this op-ed's subject carries at least one of in its title or lead
 * (the country, its capital, the organisations, leaders, monitors and prisons the dataset knows best).
 * Checked with one native regex search over text the gate has already read, so pages about anything
 * else cost less than reading their text once.
 */
export const SUBJECT =
  /Iran|Tehran|NCRI|PMOI|\bMEK\b|\bMKO\b|IRGC|Mojahed|Mujahed|Khalq|Rajavi|Verhofstadt|Pezeshkian|Khamenei|Raisi|Ejei|HRANA|Hengaw|Ghezel|Qezel|\bEvin\b|[Mm]oharebeh|Monafe[qg]|Camp Ashraf|Ashraf[ -]3|Pahlavi|Alinejad|Boroumand|Mahsa Amini/;

/** True when the page's title or first heading names the subject: the cheapest signal a page gives. */
export function titleNamesSubject(doc: Document): boolean {
  if (SUBJECT.test(doc.title)) return true;
  const h1 = doc.getElementsByTagName('h1')[0];
  return !!h1 && SUBJECT.test(h1.textContent ?? '');
}

/** True when the page's title, first heading or lead paragraphs name the subject. */
export function mentionsSubject(doc: Document, lead: string): boolean {
  return SUBJECT.test(lead) || titleNamesSubject(doc);
}
