import { isWordCode, lowerCode, normaliseText } from '../text/normalise-char.ts';
import { FNV_OFFSET, fnvStep } from '../hash/sorted-hashes.ts';

/** One alias to look for, pointing back at its entry. */
export interface AliasSpec {
  alias: string;
  /** Index of the entry in the caller's entry list. */
  entry: number;
}

/**
 * The aliases compiled for a word-by-word scan: hashes of every alias and of every word-prefix of
 * one, sorted, so the page looks words up by binary search and never builds anything at load.
 * Its size grows with the number of aliases only; load cost does not grow at all (see serialise-matcher).
 */
export interface Matcher {
  /** Sorted hashes of every alias and of every proper word-prefix of one ("european" of "european parliament"). */
  keys: Uint32Array;
  /** Per key: (alias ending here + 1) << 1, or 0 for a prefix only; bit 0 set when a longer alias goes on. */
  links: Uint32Array;
  /** Per alias: its entry. */
  entry: Uint32Array;
  /** Per alias, joined: the normalised form, lower-cased unless the alias matches case-sensitively. */
  forms: string;
  /** Per alias: where its form starts in `forms` (one more offset closes the last). */
  formStart: Uint32Array;
  /** Per alias: 1 when it matches only in its own case. */
  caseSensitive: Uint8Array;
  /** The most words any alias has: how far a scan ever reads ahead. */
  maxWords: number;
}

/**
 * Every alias of every entry, context aliases included (sentence-rules filters those), pointing back
 * at its entry's index: the input compileMatcher takes.
 */
export function aliasSpecs(entries: readonly { aliases: readonly string[]; contextAliases?: readonly { alias: string }[] }[]): AliasSpec[] {
  return entries.flatMap((e, entry) => [...e.aliases, ...(e.contextAliases ?? []).map((c) => c.alias)].map((alias) => ({ alias, entry })));
}

/** The matcher's index of an alias (as TextMatch.alias reports it), or -1 when it holds no such alias. */
export function aliasIndex(m: Matcher, alias: string): number {
  const form = isCaseSensitiveAlias(alias) ? normaliseText(alias, true) : normaliseText(alias);
  for (let k = 0; k + 1 < m.formStart.length; k++) {
    if (m.forms.slice(m.formStart[k], m.formStart[k + 1]) === form) return k;
  }
  return -1;
}

/** An alias written entirely in capitals (e.g. "MEK", "IRGC") matches only in that case. */
export function isCaseSensitiveAlias(alias: string): boolean {
  return /[A-Z]/.test(alias) && alias === alias.toUpperCase();
}

/** The hash the scan computes for the same characters of page text (lower-cased as it reads). */
export function hashForm(form: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < form.length; i++) hash = fnvStep(hash, lowerCode(form.charCodeAt(i)));
  return hash >>> 0;
}

/** Where each word of a normalised alias ends, the last one included. */
function wordEnds(form: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < form.length; i++) {
    if (isWordCode(form.charCodeAt(i)) && (i + 1 === form.length || !isWordCode(form.charCodeAt(i + 1)))) ends.push(i + 1);
  }
  return ends;
}

/**
 * Builds the matcher. Aliases are normalised exactly as page text is, so typography never matters;
 * an alias must begin and end with a letter or digit, because matches sit on word boundaries.
 */
export function compileMatcher(specs: readonly AliasSpec[]): Matcher {
  const rows = new Map<string, { alias: number; more: boolean }>();
  const row = (form: string) => rows.get(form) ?? rows.set(form, { alias: -1, more: false }).get(form)!;
  const entry: number[] = [];
  const forms: string[] = [];
  const caseSensitive: number[] = [];
  let maxWords = 1;

  for (const spec of specs) {
    const folded = normaliseText(spec.alias);
    if (!folded) continue;
    if (!isWordCode(folded.charCodeAt(0)) || !isWordCode(folded.charCodeAt(folded.length - 1))) {
      throw new Error(`alias "${spec.alias}" must begin and end with a letter or digit`);
    }
    const ends = wordEnds(folded);
    maxWords = Math.max(maxWords, ends.length);
    for (const end of ends.slice(0, -1)) row(folded.slice(0, end)).more = true;
    const full = row(folded);
    if (full.alias !== -1) continue; // duplicate alias: validation reports it; first one wins here
    full.alias = entry.length;
    entry.push(spec.entry);
    const exact = isCaseSensitiveAlias(spec.alias);
    forms.push(exact ? normaliseText(spec.alias, true) : folded);
    caseSensitive.push(exact ? 1 : 0);
  }

  // Distinct strings may share a hash: such keys simply repeat, and the scan checks each.
  const sorted = [...rows].map(([form, r]) => ({ hash: hashForm(form), link: ((r.alias + 1) << 1) | (r.more ? 1 : 0) }));
  sorted.sort((a, b) => a.hash - b.hash || a.link - b.link);
  const formStart = [0];
  for (const form of forms) formStart.push(formStart[formStart.length - 1] + form.length);
  return {
    keys: Uint32Array.from(sorted, (r) => r.hash),
    links: Uint32Array.from(sorted, (r) => r.link),
    entry: Uint32Array.from(entry),
    forms: forms.join(''),
    formStart: Uint32Array.from(formStart),
    caseSensitive: Uint8Array.from(caseSensitive),
    maxWords,
  };
}
