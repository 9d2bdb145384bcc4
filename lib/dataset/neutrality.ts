import type { Entry } from './types.ts';

/** One neutrality finding in a note. */
export interface NeutralityFinding {
  entry: string;
  reason: string;
}

/** Loaded or evaluative words a note may only use inside quotation marks (attributed to someone). */
export const LOADED_WORDS = [
  'regime', 'regimes', 'terror', 'terrorise', 'terrorize', 'terrorised', 'brutal', 'brutally', 'heroic', 'so-called',
  'sham', 'martyr', 'martyrs', 'hypocrites', 'mullahs', 'propaganda', 'butcher', 'butchers', 'massacre',
  'massacres', 'notorious', 'notoriously', 'evil', 'cult', 'thugs', 'puppet',
];

/** Words that would pass judgement on the op-ed or its claims rather than describe them. */
export const VERDICT_WORDS = [
  'misleading', 'false', 'falsely', 'wrong', 'rightly', 'correctly', 'debunk', 'debunked', 'exaggerate',
  'exaggerated', 'exaggerates', 'lie', 'lies', 'proves', 'proven', 'undeniable', 'obviously', 'clearly',
];

/** "terrorist" is allowed only as part of the name of a legal list or designation. */
const LEGAL_LIST_PHRASES = [
  /terrorist lists?/gi,
  /terrorist listings?/gi,
  /listed as a terrorist (organi[sz]ation|entity|group)/gi,
  /terrorist organi[sz]ation lists?/gi,
  /foreign terrorist organi[sz]ation/gi,
  /terrorist entit(y|ies)/gi,
  /terrorist designations?/gi,
  /state sponsors? of terrorism/gi,
  /specially designated global terrorists?/gi,
];

/** Cues that a sentence says who gives its figure. */
const ATTRIBUTION =
  /\b(according to|says?|said|counts?|counted|reports?|reported|gives?|puts?|estimates?|estimated|cites?|cited|recorded|records|per|by|figure|figures|tally|tallies|lists?|listed)\b/i;

/** Strips quoted passages ("…", “…”) so quoted words are exempt from the word lists. */
function unquoted(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ');
}

/** Numbers that are figures: 3+ digits or thousands separators, or percentages; not years 1900–2099. */
function figuresIn(sentence: string): string[] {
  const found = sentence.match(/\d[\d,.]*\s*%|\b\d{1,3}(,\d{3})+\b|\b\d{3,}\b/g) ?? [];
  return found.filter((f) => !/^(19|20)\d{2}$/.test(f.trim()));
}

/** Lints one note; an empty list means it reads as neutral description. */
export function lintNote(entry: Pick<Entry, 'id' | 'note'>): NeutralityFinding[] {
  const findings: NeutralityFinding[] = [];
  const say = (reason: string) => findings.push({ entry: entry.id, reason });
  let plain = unquoted(entry.note);
  for (const phrase of LEGAL_LIST_PHRASES) plain = plain.replace(phrase, ' ');
  const lower = plain.toLowerCase();
  for (const word of [...LOADED_WORDS, 'terrorist', 'terrorists', 'terrorism']) {
    if (new RegExp(`(^|[^a-z-])${word}([^a-z-]|$)`).test(lower)) say(`loaded word "${word}" outside quotation marks`);
  }
  for (const word of VERDICT_WORDS) {
    if (new RegExp(`(^|[^a-z-])${word}([^a-z-]|$)`).test(lower)) say(`verdict word "${word}": describe and attribute instead`);
  }
  for (const sentence of entry.note.replace(/<[^>]*>/g, ' ').split(/(?<=[.;!?])\s+/)) {
    const figures = figuresIn(sentence);
    if (figures.length && !ATTRIBUTION.test(sentence)) say(`figure ${figures[0]} does not say who gives it: "${sentence.slice(0, 80)}"`);
  }
  return findings;
}

/** Lints every note in the dataset. */
export function lintNotes(entries: readonly Pick<Entry, 'id' | 'note'>[]): NeutralityFinding[] {
  return entries.flatMap(lintNote);
}
