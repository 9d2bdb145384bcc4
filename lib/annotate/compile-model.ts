import type { EntryKind } from '../dataset/types';
import { aliasSpecs, compileMatcher } from '../matching/compile-matcher';
import { serialiseMatcher } from '../matching/serialise-matcher';
import { fingerprint } from '../recognise/fingerprint';
import { sortHashes } from '../hash/sorted-hashes';
import { encodeBytes } from '../encoding/base64';
import type { CompiledModel } from './compiled-model';

// Build side of compiled-model.ts: runs in the build (and in tests), never in the page.

/** Compiles a dataset (and the texts of its known articles) into the form the build writes. */
export function compileModel(
  dataset: { version: string; entries: readonly { id: string; kind: EntryKind; aliases: readonly string[] }[] },
  articleText: (id: string) => string,
): CompiledModel {
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
