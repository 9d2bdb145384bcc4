/**
 * One-character normalisation shared by the matcher and the page-text collector.
 * It maps one UTF-16 unit to one unit so offsets in normalised text stay offsets in page text.
 */

const SPACE = 0x20;

/** True for characters the matcher treats as a word separator run (spaces, NBSP, line breaks…). */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x202f ||
    code === 0x2007 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x3000 ||
    code === 0x1680 ||
    code === 0x2028 ||
    code === 0x2029
  );
}

/** True for zero-width characters pages insert for line breaking; they are dropped entirely. */
export function isIgnorableCode(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad;
}

/**
 * Folds typographic variants that syndication changes: curly quotes, primes and dashes.
 * Returns a code unit; letters are lower-cased only for ASCII and Latin-1 (cheap and enough for our aliases).
 */
export function foldCode(code: number): number {
  if (code < 0x80) return lowerCode(code);
  switch (code) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x2032: case 0x02bc: case 0x00b4: case 0x0060:
      return 0x27; // '
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
      return 0x22; // "
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return 0x2d; // -
  }
  if (isSpaceCode(code)) return SPACE;
  return lowerCode(code);
}

/** Lower-cases ASCII and Latin-1 capitals, the only case folding aliases need; other units pass through. */
export function lowerCode(code: number): number {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code;
}

/** Same fold without lower-casing, for case-sensitive aliases such as "MEK". */
export function foldCodeKeepCase(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code;
  if (code >= 0xc0 && code <= 0xde && code !== 0xd7) return code;
  return foldCode(code);
}

/** True for letters and digits (ASCII, Latin-1 and the general letter ranges); used for word boundaries. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  }
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0xc0 && code <= 0x24f) return true;
  // Other scripts: treat letters of the BMP above Latin as word characters, punctuation blocks as not.
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  return code >= 0x370;
}

/** Normalises a whole string the way page text is normalised: fold, collapse space runs, trim. */
export function normaliseText(text: string, keepCase = false): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isIgnorableCode(code)) continue;
    if (isSpaceCode(code)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    out += String.fromCharCode(keepCase ? foldCodeKeepCase(code) : foldCode(code));
  }
  return out;
}
