import { describe, expect, it } from 'vitest';
import { articleLead, isProbablyArticle } from '../../../lib/article/is-probably-article.ts';
import { mentionsSubject, namesSubject } from '../../../lib/article/mentions-subject.ts';

const long = (topic: string) => `${topic} `.padEnd(400, 'word ');

describe('the every-page gate', () => {
  it('passes an article and returns its lead paragraphs', () => {
    document.title = 'Opinion';
    document.body.innerHTML = `<nav><p>Menu</p></nav>${[1, 2, 3].map((i) => `<p>${long(`Paragraph ${i}`)}</p>`).join('')}`;
    const lead = articleLead(document);
    expect(lead).not.toBeNull();
    expect(lead!.split('\n')).toHaveLength(3);
    expect(isProbablyArticle(document)).toBe(true);
  });
  it('rejects pages without enough long paragraphs', () => {
    document.body.innerHTML = '<p>Short.</p><p>Also short.</p><div>' + long('not a paragraph') + '</div>';
    expect(articleLead(document)).toBeNull();
  });
  it('finds the subject in the title, the first heading or the lead, and nowhere else', () => {
    document.body.innerHTML = `<h1>Markets</h1><p>${long('Harvest')}</p><footer><p>Iran</p></footer>`;
    document.title = 'Grain prices';
    expect(mentionsSubject(document, articleLead(document) ?? '')).toBe(false);
    document.title = 'What the IRGC listing means';
    expect(mentionsSubject(document, '')).toBe(true);
    document.title = 'Opinion';
    expect(mentionsSubject(document, 'The NCRI said on Monday')).toBe(true);
    document.body.innerHTML = '<h1>Why Iran executes</h1>';
    expect(mentionsSubject(document, '')).toBe(true);
    document.body.innerHTML = '<h1>Rivers</h1>';
    expect(mentionsSubject(document, 'the mekong river, MEKONG')).toBe(false);
  });
});

describe('the subject names the gate looks for', () => {
  it('include the monitors, prisons and officials related articles lead with, not near-misses', () => {
    for (const lead of ['Hengaw warns of imminent executions in Ghezel Hesar', 'Leader names Mohseni-Ejei as judiciary chief', 'HRANA reports three hangings', 'Prisoners in Evin went on strike']) {
      expect(mentionsSubject(document, lead)).toBe(true);
    }
    document.title = 'News';
    document.body.innerHTML = '<h1>News</h1>';
    for (const lead of ['Kevin and Evina went to Mekong', 'Ashraf Hakimi scored twice']) expect(mentionsSubject(document, lead)).toBe(false);
  });
});

describe('names that are also parts of other words', () => {
  it('count as whole words only, next to punctuation as much as spaces', () => {
    for (const text of ['the PMOI (MEK) said', 'Raisi’s successor', 'Gholamhossein Mohseni-Ejei', 'held in Evin.', 'MEK']) expect(namesSubject(text), text).toBe(true);
    for (const text of ['Raising rates', 'MEKONG delta', 'Kevin and Evina', 'the MEK_2 variable', 'Ejeio']) expect(namesSubject(text), text).toBe(false);
  });
  it('are found at any of their occurrences, not only the first', () => {
    expect(namesSubject('Raising money for Raisi')).toBe(true);
  });
});
