import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher, isCaseSensitiveAlias } from '../../../lib/matching/compile-matcher.ts';
import { findMatches } from '../../../lib/matching/find-matches.ts';
import { normaliseText } from '../../../lib/text/normalise-char.ts';
import { relatedFixtures } from '../../shared/related-fixtures.ts';
import { corpusPages } from '../../shared/reading-oracle.ts';
import { CORPUS_DIR } from '../../shared/paths.ts';
import { bundledDataset } from '../../support/bundled.ts';

// Aliases fire on any page that passes the relevance check, so each must name its entry and nothing
// else: no bare first name, no common English word, and no match at all on pages about other things.
const FIRST_NAMES = [
  'Ali', 'Maryam', 'Massoud', 'Masoud', 'Mojtaba', 'Ebrahim', 'Ibrahim', 'Reza', 'Masih', 'Hamid', 'Guy', 'Alejo', 'Mai', 'Javaid',
  'Shadi', 'Mahsa', 'Jina', 'Sara', 'Asma', 'Ahmed', 'Mahmood', 'Mohammad', 'Hassan', 'Hossein', 'Mehdi', 'Behrouz', 'Narges',
  'Evin', 'Ashraf', 'Abdorrahman', 'Ladan', 'Roya', 'Gholamhossein', 'Ruhollah',
];
const COMMON_WORDS = [
  'amnesty', 'appeasement', 'supreme', 'leader', 'court', 'courts', 'prison', 'mission', 'guard', 'guards', 'council',
  'resistance', 'hypocrites', 'mujahedin', 'mujahideen', 'judiciary', 'rapporteur', 'execution', 'executions', 'massacre',
  'war', 'protests', 'revolution', 'freedom', 'liberty', 'justice', 'death', 'penalty', 'camp', 'tuesday', 'tuesdays',
  'retribution', 'corruption', 'enmity', 'rebellion', 'repression', 'hunger', 'strike', 'units', 'parliament', 'day',
];
/**
 * Acronyms that also name other things, kept because the subject's own pages use them most: the
 * relevance check, not the alias, keeps them off other pages ("MEK" is also a solvent and an enzyme;
 * the negative pages include both, and tests/lib/related.test.ts shows they get no highlights).
 */
const AMBIGUOUS_ACRONYMS = new Set(['MEK']);
const specific = bundledDataset.entries.filter((e) => !e.general);
const plain = specific.flatMap((e) => e.aliases.map((alias) => ({ id: e.id, alias })));

describe('every alias is specific', () => {
  it('is never a bare first name', () => {
    const names = new Set(FIRST_NAMES.map((n) => n.toLowerCase()));
    expect(plain.filter(({ alias }) => names.has(alias.toLowerCase()))).toEqual([]);
  });
  it('is never a single common English word (acronyms match in capitals only)', () => {
    const words = new Set(COMMON_WORDS);
    expect(plain.filter(({ alias }) => !isCaseSensitiveAlias(alias) && words.has(alias.toLowerCase()))).toEqual([]);
  });
  it('never occurs on the corpus pages without the op-ed or on the negative related pages', () => {
    const checked = plain.filter(({ alias }) => !AMBIGUOUS_ACRONYMS.has(alias));
    const matcher = compileMatcher(checked.map(({ alias }, entry) => ({ alias, entry })));
    const texts = [
      ...corpusPages().sourcePages.map((f) => readFileSync(path.join(CORPUS_DIR, f), 'utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ')),
      ...relatedFixtures().filter((f) => f.group === 'negative').map((f) => [f.title, ...f.paragraphs].join('\n')),
    ];
    const hits = texts.flatMap((t) => findMatches(matcher, normaliseText(t, true)).map((m) => `${checked[m.entry].id}: ${checked[m.entry].alias}`));
    expect(hits).toEqual([]);
  });
});
