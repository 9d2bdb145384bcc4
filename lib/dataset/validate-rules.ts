import type { Entry } from './types.ts';
import { isWordCode, normaliseText } from '../text/normalise-char.ts';
import { isText } from './validate-sources.ts';

type Say = (field: string, reason: string) => void;

/** What is wrong with one alias, or null: matches sit on word boundaries and must not match too much. */
export function aliasProblem(a: unknown): string | null {
  if (!isText(a, 120) || a !== a.trim()) return 'must be non-empty, trimmed text of at most 120 characters';
  if (/[<>]/.test(a)) return 'must not contain markup';
  if (normaliseText(a).length < 3) return 'is shorter than 3 characters and would match too much';
  if (!isWordCode(a.charCodeAt(0)) || !isWordCode(a.charCodeAt(a.length - 1))) {
    return 'must begin and end with a letter or digit (matches sit on word boundaries)';
  }
  return null;
}

/** Context words: a non-empty list of short, non-empty words or phrases. */
function wordsProblem(words: unknown): string | null {
  if (!Array.isArray(words) || words.length === 0) return 'must be a non-empty list of words';
  return words.every((w) => isText(w, 60) && normaliseText(w).length >= 2) ? null : 'holds an empty or over-long word';
}

/** Checks context aliases: each a valid alias with at least one context word. */
export function checkContextAliases(e: Entry, say: Say): void {
  if (e.contextAliases === undefined) return;
  if (!Array.isArray(e.contextAliases)) return say('contextAliases', 'must be a list');
  e.contextAliases.forEach((c, i) => {
    const alias = aliasProblem(c?.alias);
    if (alias) say(`contextAliases[${i}].alias`, alias);
    const words = wordsProblem(c?.context);
    if (words) say(`contextAliases[${i}].context`, words);
  });
}

/** Checks the optional flags. */
export function checkFlags(e: Entry, say: Say): void {
  if (e.general !== undefined && typeof e.general !== 'boolean') say('general', 'must be true or false');
}

/** Checks claim patterns: statistics only, a positive range, and at least one context group. */
export function checkClaimPatterns(e: Entry, say: Say): void {
  if (e.claimPatterns === undefined) return;
  if (e.kind !== 'statistic') return say('claimPatterns', 'only statistic entries carry claim patterns');
  if (!Array.isArray(e.claimPatterns)) return say('claimPatterns', 'must be a list');
  e.claimPatterns.forEach((p, i) => {
    const f = `claimPatterns[${i}]`;
    const ok = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;
    if (!ok(p?.min) || !ok(p?.max) || p.max <= p.min) say(`${f}.min`, 'min and max must be positive whole numbers, max above min');
    // A number alone never matches: every pattern names its context.
    if (!Array.isArray(p?.context) || p.context.length === 0) say(`${f}.context`, 'needs at least one group of context words');
    else p.context.forEach((g, j) => {
      const words = wordsProblem(g);
      if (words) say(`${f}.context[${j}]`, words);
    });
    const exclude = p?.exclude === undefined ? null : wordsProblem(p.exclude);
    if (exclude) say(`${f}.exclude`, exclude);
  });
}

/** Every surface form an entry matches by, plain and in context, for the uniqueness check. */
export function allAliases(e: Entry): unknown[] {
  const plain = Array.isArray(e.aliases) ? e.aliases : [];
  const context = Array.isArray(e.contextAliases) ? e.contextAliases.map((c) => c?.alias) : [];
  return [...plain, ...context];
}
