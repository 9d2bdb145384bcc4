import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../../lib/annotate/annotate-article.ts';
import { modelFor } from '../../support/model.ts';
import { isHiddenByMarkup } from '../../../lib/article/visibility.ts';
import type { Dataset } from '../../../lib/dataset/types.ts';
import mini from '../../fixtures/mini-dataset.json';

const opEd = readFileSync(path.resolve(__dirname, '../../../assets/articles/oped-why-iran-executes.txt'), 'utf8');
const model = modelFor(mini as Dataset, { 'oped-why-iran-executes': opEd });
const paragraphs = opEd.split('\n').slice(1);

function page(articleHtml: string, chrome = ''): Document {
  document.body.innerHTML = `<nav><a href="#">NCRI, MEK and IRGC explained</a></nav>${chrome}<article>${articleHtml}</article><footer>NCRI IRGC MEK</footer>`;
  return document;
}
const ids = (r: ReturnType<typeof annotateDocument>) => r.occurrences.map((o) => (mini as Dataset).entries[o.entry].id);

describe('annotateDocument', () => {
  it('recognises the op-ed and returns ranges whose text is exactly the page text', () => {
    const doc = page(paragraphs.map((p) => `<p>${p}</p>`).join(''));
    const result = annotateDocument(doc, model, isHiddenByMarkup);
    expect(result.opEdId).toBe('oped-why-iran-executes');
    expect(ids(result)).toEqual(['ncri', 'ncri', 'executions-since-2024', 'mek', 'mek', 'mek', 'ncri', 'executions-since-2024', 'irgc', 'ncri']);
    for (const o of result.occurrences) expect(o.range.toString()).toBe(o.text);
    expect(result.occurrences.every((o) => doc.querySelector('article')!.contains(o.range.commonAncestorContainer))).toBe(true);
  });

  it('matches a name split across links and emphasis as one occurrence', () => {
    const html = paragraphs
      .map((p) => p.replace('People’s Mojahedin Organisation of Iran', 'People’s <a href="#"><em>Mojahedin</em> Organisation</a> of Iran'))
      .map((p) => `<p>${p}</p>`)
      .join('');
    const result = annotateDocument(page(html), model, isHiddenByMarkup);
    expect(result.occurrences.map((o) => o.text)).toContain('People’s Mojahedin Organisation of Iran');
  });

  it('highlights names but not the op-ed’s statistics in a related article', () => {
    const related = [
      'The National Council of Resistance of Iran held a rally in Berlin on Saturday, where speakers criticised the government in Tehran and praised exiled activists who had travelled from across Europe to attend.',
      'Its main member, the MEK, was removed from the US list of designated organisations in 2012, a decision that Iranian officials condemned at the time as a political favour to an armed group.',
      'Speakers also urged the European Union to list the IRGC, which Canada and the United States had already designated; more than 2,500 people attended, according to the organisers of the event.',
    ];
    const result = annotateDocument(page(related.map((p) => `<p>${p}</p>`).join('')), model, isHiddenByMarkup);
    expect(result.opEdId).toBeNull();
    expect(ids(result)).toEqual(['ncri', 'mek', 'irgc']);
  });

  it('shows a statistic in a related article only where a claim pattern finds the figure claimed', () => {
    const withPattern = structuredClone(mini as Dataset);
    const stat = withPattern.entries.find((e) => e.id === 'executions-since-2024')!;
    stat.claimPatterns = [{ min: 1000, max: 5000, context: [['executed', 'executions'], ['Pezeshkian', 'months']] }];
    const related = [
      'The National Council of Resistance of Iran said on Tuesday that some 2,600 people had been executed in the 16 months since the new president took office, a count it says comes from its own sources inside the country and from families of prisoners.',
      'The MEK, its main member, repeated the figure; Tehran rejects the group’s counts and says it executes only after due process in the courts, which it describes as independent of the government and open to appeal at the Supreme Court.',
      'Speakers urged the European Union to list the IRGC. More than 2,500 people attended the rally, and 3,000 more watched the event online from across Europe.',
    ];
    const result = annotateDocument(page(related.map((p) => `<p>${p}</p>`).join('')), modelFor(withPattern, { 'oped-why-iran-executes': opEd }), isHiddenByMarkup);
    expect(result.occurrences.map((o) => [withPattern.entries[o.entry].id, o.text])).toEqual([
      ['ncri', 'National Council of Resistance of Iran'],
      ['executions-since-2024', '2,600'],
      ['mek', 'MEK'],
      ['irgc', 'IRGC'],
    ]);
  });

  it('leaves an unrelated article that names one entry in passing alone', () => {
    const text = 'The NCRI was mentioned once in this long article about European trade policy and shipping, which goes on for a while about tariffs, ports, inspections, insurance and the price of containers. '.repeat(3);
    const result = annotateDocument(page(`<p>${text}</p><p>${text}</p>`), model, isHiddenByMarkup);
    expect(result.found).toBe(true);
    expect(result.occurrences).toEqual([]);
  });

  it('does nothing on a page that is not an article', () => {
    document.body.innerHTML = '<nav>NCRI MEK IRGC</nav><p>Short.</p>';
    expect(annotateDocument(document, model, isHiddenByMarkup)).toMatchObject({ found: false, occurrences: [] });
  });

  it('never changes the page', () => {
    const doc = page(paragraphs.map((p) => `<p>${p}</p>`).join(''), '<aside class="related"><p>NCRI</p></aside>');
    const before = doc.body.innerHTML;
    annotateDocument(doc, model, isHiddenByMarkup);
    expect(doc.body.innerHTML).toBe(before);
  });
});
