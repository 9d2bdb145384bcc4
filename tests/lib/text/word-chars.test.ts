import { describe, expect, it } from 'vitest';
import { isLetterOrDigit, wordRuns } from '../../../lib/text/word-chars.ts';

const property = /^[\p{L}\p{N}]$/u;

describe('letters and digits without a property regex on the common path', () => {
  it('agrees with \\p{L}|\\p{N} on every code point', () => {
    const wrong: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are not code points of text
      if (isLetterOrDigit(cp) !== property.test(String.fromCodePoint(cp))) wrong.push(cp);
    }
    expect(wrong).toEqual([]);
  });
  it('splits text into the same words as the regex, astral letters and marks included', () => {
    const samples = [
      'Why Iran’s Regime Is Executing Its Own People? – OpEd',
      'Über 1,000 exécutions — 2025; ²³ µ ª º ¼ × ÷',
      'تهران، ۱۹۸۸ 𝐀𝐁𝐂 𠀀x ẞ naïve café',
      '',
      '!!!',
      'end',
    ];
    for (const s of samples) expect([...wordRuns(s)]).toEqual(s.match(/[\p{L}\p{N}]+/gu) ?? []);
  });
});
