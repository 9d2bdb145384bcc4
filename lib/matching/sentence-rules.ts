import type { TextMatch } from './find-matches.ts';

/** An alias (by its index in the matcher) that counts only with one of `words` in its sentence. */
export interface ContextRule {
  alias: number;
  /** Normalised, lower-case words or phrases. */
  words: string[];
}

/** A statistic claimed in other words: a number in [min, max] with a word of every group nearby. */
export interface ClaimRule {
  entry: number;
  min: number;
  max: number;
  /** Normalised, lower-case alternatives; the sentence holds one of every group. */
  groups: string[][];
  /** Normalised, lower-case words that rule the sentence out. */
  exclude: string[];
}

/** Everything that must hold within one sentence, compiled at build time (see compile-sentence-rules). */
export interface SentenceRules {
  contexts: ContextRule[];
  claims: ClaimRule[];
}

/** Rules that change nothing: for models built without any. */
export const NO_SENTENCE_RULES: SentenceRules = Object.freeze({ contexts: [], claims: [] });

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** [start, end) of the sentence around text[from, to): up to . ! ? before a space, or a block break. */
export function sentenceAround(text: string, from: number, to: number): [number, number] {
  let start = from;
  while (start > 0 && text[start - 1] !== '\n' && !(text[start - 1] === ' ' && /[.!?]/.test(text[start - 2] ?? ''))) start--;
  let end = to;
  while (end < text.length && text[end] !== '\n' && !(/[.!?]/.test(text[end]) && (end + 1 === text.length || /\s/.test(text[end + 1])))) end++;
  return [start, end];
}

/** True when `phrase` occurs in `lower` on word boundaries. */
export function hasPhrase(lower: string, phrase: string): boolean {
  for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
    const before = lower[at - 1] ?? ' ';
    const after = lower[at + phrase.length] ?? ' ';
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return true;
  }
  return false;
}

/** Drops context aliases whose sentence holds none of their context words. */
export function keepInContext(rules: SentenceRules, text: string, matches: TextMatch[]): TextMatch[] {
  if (!rules.contexts.length) return matches;
  return matches.filter((m) => {
    const rule = rules.contexts.find((r) => r.alias === m.alias);
    if (!rule) return true;
    const [start, end] = sentenceAround(text, m.start, m.end);
    const lower = text.slice(start, end).toLowerCase();
    return rule.words.some((w) => hasPhrase(lower, w));
  });
}

// A count as printed: "30,000", "1,639", "975". Not part of a longer token ("A320", "3.5", "2,500-odd" is fine).
const NUMBER = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\p{N}]|[.,]\d)/gu;
const YEAR = /^(1[89]|20)\d{2}$/;
const SHARE = /^\s*(%|per ?cent\b)/i;

/**
 * Finds the numbers that claim a statistic: in a rule's range, not a year (four digits without a
 * separator, 1800–2099), not a percentage, with one word of every context group in the sentence and
 * none of the rule's exclusions.
 * At most one match per sentence and entry, so a list of estimates is marked once.
 */
export function findClaims(rules: SentenceRules, text: string): TextMatch[] {
  const found: TextMatch[] = [];
  if (!rules.claims.length) return found;
  const seen = new Set<string>();
  for (const hit of text.matchAll(NUMBER)) {
    const digits = hit[1];
    if (YEAR.test(digits) || SHARE.test(text.slice(hit.index + digits.length, hit.index + digits.length + 9))) continue;
    const value = Number(digits.replace(/,/g, ''));
    const start = hit.index;
    const end = start + digits.length;
    for (const rule of rules.claims) {
      if (value < rule.min || value > rule.max) continue;
      const [from, to] = sentenceAround(text, start, end);
      const key = `${rule.entry}@${from}`;
      if (seen.has(key)) continue;
      const lower = text.slice(from, to).toLowerCase();
      if (!rule.groups.every((group) => group.some((w) => hasPhrase(lower, w))) || rule.exclude.some((w) => hasPhrase(lower, w))) continue;
      seen.add(key);
      found.push({ start, end, entry: rule.entry, alias: -1 });
      break;
    }
  }
  return found;
}

/** Adds claim matches that overlap no alias match, keeping the list in text order. */
export function withClaims(matches: TextMatch[], claims: TextMatch[]): TextMatch[] {
  if (!claims.length) return matches;
  const free = claims.filter((c) => !matches.some((m) => m.start < c.end && c.start < m.end));
  return [...matches, ...free].sort((a, b) => a.start - b.start);
}
