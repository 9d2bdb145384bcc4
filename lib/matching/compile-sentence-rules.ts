import type { ClaimPattern, ContextAlias } from '../dataset/types.ts';
import { normaliseText } from '../text/normalise-char.ts';
import { aliasIndex, type Matcher } from './compile-matcher.ts';
import type { SentenceRules } from './sentence-rules.ts';

// Build side of sentence-rules.ts: runs in the build (and in tests), never in the page.

/** Compiles the dataset's context aliases and claim patterns against the matcher built from it. */
export function compileSentenceRules(
  entries: readonly { contextAliases?: readonly ContextAlias[]; claimPatterns?: readonly ClaimPattern[] }[],
  matcher: Matcher,
): SentenceRules {
  const words = (list: readonly string[]) => list.map((w) => normaliseText(w)).filter(Boolean);
  const rules: SentenceRules = { contexts: [], claims: [] };
  entries.forEach((e, entry) => {
    for (const c of e.contextAliases ?? []) {
      const alias = aliasIndex(matcher, c.alias);
      if (alias < 0) throw new Error(`context alias "${c.alias}" is not in the matcher`);
      rules.contexts.push({ alias, words: words(c.context) });
    }
    for (const p of e.claimPatterns ?? []) {
      const groups = p.context.map(words).filter((g) => g.length);
      // A number alone never matches: validation requires a group, and so does the compiled rule.
      if (!groups.length) throw new Error('a claim pattern needs at least one context group');
      rules.claims.push({ entry, min: p.min, max: p.max, groups, exclude: words(p.exclude ?? []) });
    }
  });
  return rules;
}
