import { describe, expect, it } from 'vitest';
import { isAboutSubject, relevance, RELEVANCE_THRESHOLD } from '../../../lib/annotate/relevance.ts';
import { findMatches } from '../../../lib/matching/find-matches.ts';
import { keepInContext } from '../../../lib/matching/sentence-rules.ts';
import { normaliseText } from '../../../lib/text/normalise-char.ts';
import { bundledArticles, bundledDataset } from '../../support/bundled.ts';
import { modelFor } from '../../support/model.ts';

const model = modelFor(bundledDataset, bundledArticles);
const judge = (raw: string) => {
  const text = normaliseText(raw, true);
  const matches = keepInContext(model.rules, text, findMatches(model.matcher, text));
  return { about: isAboutSubject(model, matches, text), score: relevance(model, matches, text) };
};

describe('whether a related page is about the subject', () => {
  it('never takes a short acronym alone: MEK the solvent, however often', () => {
    const solvent = 'Store MEK away from heat. MEK vapour is heavier than air, and MEK spills need absorbent. Keep MEK drums closed; MEK is also sold as 2-butanone. ';
    expect(judge(solvent.repeat(3)).about).toBe(false);
  });
  it('never takes names that are in the news for other reasons, even beside Iran', () => {
    const text = 'The European Parliament voted on farm subsidies. Amnesty International and Human Rights Watch commented. Iran and Tehran were mentioned once in a trade debate about Iranian pistachios.';
    expect(judge(text).about).toBe(false);
  });
  it('takes one specific name when the article is about Iran in its own words', () => {
    const text = 'Police arrested a suspect in the shooting of a supporter of the National Council of Resistance of Iran. Iranian dissidents in Spain said they feared more attacks; Tehran denied any role.';
    expect(judge(text)).toMatchObject({ about: true });
  });
  it('takes an acronym repeated across an article about Iran', () => {
    const text = 'The MKO is banned in Iran. Tehran says the MKO killed thousands. Albania hosts MKO members. Iranian officials want the MKO expelled.';
    expect(judge(text).score).toBeGreaterThanOrEqual(RELEVANCE_THRESHOLD);
  });
});
