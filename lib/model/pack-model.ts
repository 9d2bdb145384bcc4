import type { EntryKind } from '../kinds.ts';
import { aliasSpecs, compileMatcher } from '../matching/compile-matcher.ts';
import { serialiseMatcher } from '../matching/serialise-matcher.ts';
import { fingerprint } from '../recognise/fingerprint.ts';
import { sortHashes } from '../hash/sorted-hashes.ts';
import { encodeBytes } from '../encoding/base64.ts';
import type { PackedModel } from './packed-model.ts';

// Build side of packed-model.ts: runs in the build (and in tests), never in the page.

/** Packs a dataset (and the texts of its known articles) into the form the build writes. */
export function packModel(
  dataset: { version: string; entries: readonly { id: string; kind: EntryKind; aliases: readonly string[] }[] },
  articleText: (id: string) => string,
): PackedModel {
  return {
    version: dataset.version,
    ids: dataset.entries.map((e) => e.id).join('\n'),
    kinds: dataset.entries.map((e) => e.kind).join('\n'),
    matcher: serialiseMatcher(compileMatcher(aliasSpecs(dataset.entries))),
    articles: dataset.entries
      .filter((e) => e.kind === 'article')
      .map((e) => ({ id: e.id, shingles: encodeBytes(sortHashes(fingerprint(articleText(e.id)))) })),
  };
}
