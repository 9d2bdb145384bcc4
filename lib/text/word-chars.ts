/**
 * Letters and digits as Unicode defines them (`\p{L}` or `\p{N}`), the fingerprint's notion of a
 * word character. A regex with Unicode property classes costs a page about a millisecond to
 * compile on first use, for text that is nearly all ASCII, Latin-1 and punctuation: those are
 * answered from fixed ranges, and the property regex is compiled only for the first character
 * outside them.
 */

let property: RegExp | null = null;

/** True when the code point is a letter or a digit in Unicode's sense (`/[\p{L}\p{N}]/u`). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || ((cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a);
  if (cp < 0x100) {
    if (cp >= 0xc0) return cp !== 0xd7 && cp !== 0xf7;
    return cp === 0xaa || cp === 0xb2 || cp === 0xb3 || cp === 0xb5 || cp === 0xb9 || cp === 0xba || (cp >= 0xbc && cp <= 0xbe);
  }
  // General Punctuation (dashes, curly quotes, spaces of every width): no letters or digits.
  if (cp >= 0x2000 && cp <= 0x206f) return false;
  property ??= /^[\p{L}\p{N}]$/u;
  return property.test(String.fromCodePoint(cp));
}

/**
 * The runs of letters and digits in `text`, in order: the same words as `text.match(/[\p{L}\p{N}]+/gu)`,
 * read by code point so characters outside the Basic Multilingual Plane count as one.
 */
export function* wordRuns(text: string): Generator<string, void, void> {
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isLetterOrDigit(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      yield text.slice(start, i);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) yield text.slice(start);
}
