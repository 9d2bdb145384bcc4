/**
 * Names that every article about this op-ed's subject carries at least one of in its title or lead
 * (the country, its capital, the organisations, leaders, monitors and prisons the dataset knows best).
 * Case-sensitive: "Iran" and "MEK" as written in the news, not "iranian" in a URL slug or "mek" in
 * a word.
 */
export const SUBJECT_NAMES = [
  'Iran', 'Tehran', 'NCRI', 'PMOI', 'MEK', 'MKO', 'IRGC', 'Mojahed', 'Mujahed', 'Khalq', 'Rajavi', 'Verhofstadt',
  'Pezeshkian', 'Khamenei', 'Raisi', 'Ejei', 'HRANA', 'Hengaw', 'Ghezel', 'Qezel', 'Evin', 'oharebeh', 'Monafe',
  'Camp Ashraf', 'Ashraf 3', 'Ashraf-3', 'Pahlavi', 'Alinejad', 'Boroumand', 'Mahsa Amini',
] as const;

/** Names that are also parts of other words ("Mekong", "Evina", "Raising"): they count as whole words only. */
const WHOLE_WORDS: readonly string[] = ['MEK', 'MKO', 'Evin', 'Raisi', 'Ejei'];

/** True for the characters a regex's \w matches: a whole word may not touch one. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * True when `text` names the subject. Substring searches only, with a look at the neighbouring
 * characters for the names in WHOLE_WORDS: compiling a regex of these names costs about a millisecond,
 * more than this whole check on any page.
 */
export function namesSubject(text: string): boolean {
  for (const name of SUBJECT_NAMES) {
    const whole = WHOLE_WORDS.includes(name);
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (!whole || (!isWordChar(text.charCodeAt(at - 1)) && !isWordChar(text.charCodeAt(at + name.length)))) return true;
    }
  }
  return false;
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
