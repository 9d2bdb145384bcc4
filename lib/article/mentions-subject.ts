/**
 * Names that every article about this op-ed's subject carries at least one of in its title or lead
 * (the country, its capital, the organisations, leaders, monitors and prisons the dataset knows best).
 * Case-sensitive: "Iran" and "MEK" as written in the news, not "iranian" in a URL slug or "mek" in
 * a word. One list: plain substrings for the every-page test, a regex built from it for the decision.
 */
export const SUBJECT_NAMES = [
  'Iran', 'Tehran', 'NCRI', 'PMOI', 'MEK', 'MKO', 'IRGC', 'Mojahed', 'Mujahed', 'Khalq', 'Rajavi', 'Verhofstadt',
  'Pezeshkian', 'Khamenei', 'Raisi', 'Ejei', 'HRANA', 'Hengaw', 'Ghezel', 'Qezel', 'Evin', 'oharebeh', 'Monafe',
  'Camp Ashraf', 'Ashraf 3', 'Ashraf-3', 'Pahlavi', 'Alinejad', 'Boroumand', 'Mahsa Amini',
] as const;

let pattern: RegExp | null = null;

/** The decision's regex, built on first use: compiling it costs more than an ordinary page's whole check. */
function subjectPattern(): RegExp {
  // Names that are also parts of other words ("Mekong", "Evina", "Raising") count as whole words only.
  const whole = ['MEK', 'MKO', 'Evin', 'Raisi', 'Ejei'];
  return (pattern ??= new RegExp(SUBJECT_NAMES.map((n) => (whole.includes(n) ? `\\b${n}\\b` : n)).join('|')));
}

/** True when `text` contains one of the names as a substring: the cheap first test, never a verdict alone. */
export function mayNameSubject(text: string): boolean {
  for (const name of SUBJECT_NAMES) if (text.includes(name)) return true;
  return false;
}

/** True when `text` names the subject (whole words where it matters); the regex runs only after the substring test. */
export function namesSubject(text: string): boolean {
  return mayNameSubject(text) && subjectPattern().test(text);
}

/** True when the page's title or first heading names the subject: the cheapest signal a page gives. */
export function titleNamesSubject(doc: Document): boolean {
  if (namesSubject(doc.title)) return true;
  const h1 = doc.getElementsByTagName('h1')[0];
  return !!h1 && namesSubject(h1.textContent ?? '');
}

/** True when the page's title, first heading or lead paragraphs name the subject. */
export function mentionsSubject(doc: Document, lead: string): boolean {
  return namesSubject(lead) || titleNamesSubject(doc);
}
