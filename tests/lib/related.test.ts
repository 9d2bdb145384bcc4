import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../lib/annotate/annotate-article.ts';
import { isHiddenByMarkup } from '../../lib/article/visibility.ts';
import { GROUPS, relatedFixtures, scorePage, totals, type PageScore } from '../shared/related-fixtures.ts';
import { bundledArticles, bundledDataset } from '../support/bundled.ts';
import { modelFor } from '../support/model.ts';

// The labelled related articles on a plain article page (the browser tests place them in real
// templates): recall and precision by perspective, and nothing on the negatives.
const model = modelFor(bundledDataset, bundledArticles);
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const scores: PageScore[] = [];
let recognised = 0;
for (const f of relatedFixtures()) {
  document.title = f.title;
  document.body.innerHTML = `<article><h1>${esc(f.title)}</h1>${f.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</article>`;
  const page = annotateDocument(document, model, isHiddenByMarkup);
  if (page.opEdId) recognised++;
  scores.push(scorePage(f, page.occurrences.map((o) => ({ entryId: bundledDataset.entries[o.entry].id, kind: o.kind, text: o.text }))));
}

describe('related articles (jsdom)', () => {
  it('has at least 40 related articles and 15 negatives, in every perspective', () => {
    for (const g of GROUPS) expect(scores.filter((s) => s.group === g).length, g).toBeGreaterThanOrEqual(5);
    expect(scores.filter((s) => s.group !== 'negative').length).toBeGreaterThanOrEqual(40);
    expect(scores.filter((s) => s.group === 'negative').length).toBeGreaterThanOrEqual(15);
  });
  it('finds at least 90 % of the mentions in every perspective, within 0.05 of each other, at 98 % precision', () => {
    const by = Object.fromEntries(GROUPS.map((g) => [g, totals(scores.filter((s) => s.group === g))]));
    console.log(JSON.stringify(by), '\nmissed:', scores.flatMap((s) => s.missed.map((m) => `${s.id} ${m}`)).join('\n'), '\nwrong:', scores.flatMap((s) => s.wrong.map((m) => `${s.id} ${m}`)).join('\n'));
    const all = totals(scores.filter((s) => s.group !== 'negative'));
    expect(all.recall).toBeGreaterThanOrEqual(0.9);
    expect(all.precision).toBeGreaterThanOrEqual(0.98);
    const recalls = GROUPS.map((g) => by[g].recall);
    expect(Math.max(...recalls) - Math.min(...recalls)).toBeLessThanOrEqual(0.05);
  });
  it('highlights nothing on the negatives and recognises no related article as the op-ed', () => {
    expect(scores.filter((s) => s.group === 'negative' && s.highlights > 0).map((s) => s.id)).toEqual([]);
    expect(recognised).toBe(0);
  });
});
