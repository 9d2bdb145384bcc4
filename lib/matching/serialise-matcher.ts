import type { Matcher } from './compile-matcher.ts';
import { decodeBytes, decodeUint32, encodeBytes } from '../encoding/base64.ts';

/** A matcher as the build writes it into the annotator: strings only, so it loads as one JSON string. */
export interface SerialisedMatcher {
  keys: string;
  links: string;
  entry: string;
  forms: string;
  formStart: string;
  caseSensitive: string;
  maxWords: number;
}

/** Writes a matcher's arrays as base64. */
export function serialiseMatcher(m: Matcher): SerialisedMatcher {
  return {
    keys: encodeBytes(m.keys),
    links: encodeBytes(m.links),
    entry: encodeBytes(m.entry),
    forms: m.forms,
    formStart: encodeBytes(m.formStart),
    caseSensitive: encodeBytes(m.caseSensitive),
    maxWords: m.maxWords,
  };
}

/** Reads a serialised matcher back: a few base64 decodes, nothing built. */
export function readMatcher(s: SerialisedMatcher): Matcher {
  return {
    keys: decodeUint32(s.keys),
    links: decodeUint32(s.links),
    entry: decodeUint32(s.entry),
    forms: s.forms,
    formStart: decodeUint32(s.formStart),
    caseSensitive: decodeBytes(s.caseSensitive),
    maxWords: s.maxWords,
  };
}
