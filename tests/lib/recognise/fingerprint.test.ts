import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSharedShingles, fingerprint, isCopyOf, RECOGNITION_THRESHOLD } from '../../../lib/recognise/fingerprint.ts';

const opEd = readFileSync(path.resolve(__dirname, '../../../assets/articles/oped-why-iran-executes.txt'), 'utf8');
const known = fingerprint(opEd);
const paragraphs = opEd.split('\n').slice(1);

describe('op-ed fingerprint', () => {
  it('recognises the full text and survives typography changes', () => {
    const straight = opEd.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/–/g, '-').replace(/ /g, '\u00a0');
    expect(isCopyOf(known, straight)).toBe(true);
  });
  it('recognises a teaser with only the first two paragraphs', () => {
    expect(isCopyOf(known, paragraphs.slice(0, 2).join('\n'))).toBe(true);
  });
  it('recognises the text with a changed title, typos and ads between paragraphs', () => {
    const noisy = ['Iran executions: a view', ...paragraphs.map((p, i) => (i % 3 === 0 ? `${p}\nADVERTISEMENT Subscribe now` : p))]
      .join('\n')
      .replace('relentless', 'relentles')
      .replace('legitimacy', 'legitimcy');
    expect(isCopyOf(known, noisy)).toBe(true);
  });
  it('does not recognise an article that quotes one sentence of it', () => {
    const quote = 'An op-ed this week argued that "the sharp rise in executions and the relentless persecution of political prisoners in Iran are not signs of strength". Critics disagree about the figures and their sources.';
    expect(countSharedShingles(known, quote)).toBeLessThan(RECOGNITION_THRESHOLD);
    expect(isCopyOf(known, quote)).toBe(false);
  });
  it('does not recognise unrelated text', () => {
    expect(isCopyOf(known, 'The city council met on Tuesday to discuss new bicycle lanes and parking fees. '.repeat(20))).toBe(false);
  });
});
