import { describe, expect, it } from 'vitest';
import { foldCode, isWordCode, normaliseText } from '../../../lib/text/normalise-char.ts';

describe('normaliseText', () => {
  it('folds curly quotes, dashes and non-breaking spaces the way syndication changes them', () => {
    expect(normaliseText('People’s “No to Executions” – 2,500\u00a0people')).toBe('people\'s "no to executions" - 2,500 people');
  });
  it('collapses space runs, drops zero-width characters and trims', () => {
    expect(normaliseText('  Mojahedin\u200b \n\t Organisation  ')).toBe('mojahedin organisation');
  });
  it('keeps case when asked, for case-sensitive aliases', () => {
    expect(normaliseText('MEK’s', true)).toBe("MEK's");
  });
});

describe('character classes', () => {
  it('treats letters and digits as word characters and punctuation as boundaries', () => {
    expect(isWordCode('a'.charCodeAt(0))).toBe(true);
    expect(isWordCode('é'.charCodeAt(0))).toBe(true);
    expect(isWordCode('9'.charCodeAt(0))).toBe(true);
    expect(isWordCode('/'.charCodeAt(0))).toBe(false);
    expect(isWordCode('’'.charCodeAt(0))).toBe(false);
  });
  it('maps one unit to one unit so offsets survive folding', () => {
    for (const ch of '’“—\u00a0A') expect(String.fromCharCode(foldCode(ch.charCodeAt(0)))).toHaveLength(1);
  });
});
