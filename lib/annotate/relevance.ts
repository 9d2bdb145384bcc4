import type { TextMatch } from '../matching/find-matches.ts';
import type { AnnotationModel } from '../model/annotation-model.ts';

// Whether a page that is not the op-ed is about its subject, from weighted evidence rather than a
// bare count of entries: a specific name ("National Council of Resistance of Iran", "moharebeh")
// weighs more than a short acronym ("MEK" is also a solvent) or a name that is in the news for many
// other reasons ("European Parliament", "Amnesty International"); repeated mentions and Iran in the
// article's own words add to it.

/** Evidence a page needs before its names are highlighted. */
export const RELEVANCE_THRESHOLD = 5;
/** Weight of a specific name, of an acronym or context alias, and of a general name. */
export const WEIGHTS = { specific: 2, short: 1, general: 0.5 } as const;
/** What repeated mentions of one entry add, each and at most. */
const REPEAT = 0.5;
const REPEAT_MAX = 2;
/** Iran named in the article's own words: one point a mention, at most this many. */
const IRAN = /\b(?:Iran|Iranian|Iranians|Tehran|Islamic Republic)\b/g;
const IRAN_MAX = 3;

/** The weight one match carries. */
export function matchWeight(model: AnnotationModel, m: TextMatch): number {
  if (model.general[m.entry]) return WEIGHTS.general;
  if (m.alias < 0) return WEIGHTS.specific; // a claim pattern: a figure with its context
  if (model.matcher.caseSensitive[m.alias] === 1 || model.rules.contexts.some((c) => c.alias === m.alias)) return WEIGHTS.short;
  return WEIGHTS.specific;
}

/** The page's evidence: each entry's best match, its repeats, and Iran in the article's words. */
export function relevance(model: AnnotationModel, matches: readonly TextMatch[], text: string): number {
  const best = new Map<number, number>();
  const count = new Map<number, number>();
  for (const m of matches) {
    best.set(m.entry, Math.max(best.get(m.entry) ?? 0, matchWeight(model, m)));
    count.set(m.entry, (count.get(m.entry) ?? 0) + 1);
  }
  let score = 0;
  for (const [entry, weight] of best) {
    score += weight;
    if (!model.general[entry]) score += Math.min(REPEAT_MAX, REPEAT * ((count.get(entry) ?? 1) - 1));
  }
  let iran = 0;
  for (IRAN.lastIndex = 0; iran < IRAN_MAX && IRAN.test(text); ) iran++;
  return score + iran;
}

/** True when a related page carries enough evidence to be about the subject. */
export function isAboutSubject(model: AnnotationModel, matches: readonly TextMatch[], text: string): boolean {
  return matches.length > 0 && relevance(model, matches, text) >= RELEVANCE_THRESHOLD;
}
