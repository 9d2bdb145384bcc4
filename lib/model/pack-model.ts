import type { ClaimPattern, ContextAlias } from '../dataset/types.ts';
import type { EntryKind } from '../kinds.ts';
import { compileSentenceRules } from '../matching/compile-sentence-rules.ts';
import { aliasSpecs, compileMatcher } from '../matching/compile-matcher.ts';
import { serialiseMatcher } from '../matching/serialise-matcher.ts';
import { fingerprint } from '../recognise/fingerprint.ts';
import { sortHashes } from '../hash/sorted-hashes.ts';
import { encodeBytes } from '../encoding/base64.ts';
import type { PackedModel } from './packed-model.ts';

// Build side of packed-model.ts: runs in the build (and in tests), never in the page.

/** Packs a dataset (and the texts of its known articles) into the form the build writes. */
export function packModel(
  dataset: {
    version: string;
    date: string;
    entries: readonly { id: string; kind: EntryKind; general?: boolean; aliases: readonly string[]; contextAliases?: readonly ContextAlias[]; claimPatterns?: readonly ClaimPattern[] }[];
  },
  articleText: (id: string) => string,
): PackedModel {
  const matcher = compileMatcher(aliasSpecs(dataset.entries));
  return {
    version: dataset.version,
    date: dataset.date,
    ids: dataset.entries.map((e) => e.id).join('\n'),
    kinds: dataset.entries.map((e) => e.kind).join('\n'),
    general: dataset.entries.map((e) => (e.general ? '1' : '0')).join(''),
    matcher: serialiseMatcher(matcher),
    rules: compileSentenceRules(dataset.entries, matcher),
    articles: dataset.entries
      .filter((e) => e.kind === 'article')
      .map((e) => ({ id: e.id, shingles: encodeBytes(sortHashes(fingerprint(articleText(e.id)))) })),
  };
}
