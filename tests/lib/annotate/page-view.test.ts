import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Occurrence, PageAnnotation } from '../../../lib/annotate/annotate-article.ts';
import { describeView, isStale, viewOf } from '../../../lib/annotate/page-view.ts';
import type { EntryKind } from '../../../lib/kinds.ts';
import { DEFAULT_SETTINGS } from '../../../lib/settings.ts';

const opEd = readFileSync(path.resolve(__dirname, '../../../assets/articles/oped-why-iran-executes.txt'), 'utf8');
const ids = ['ncri', 'mek', 'executions-since-2024'];

/** An occurrence over one element's whole text, so the range's bounds stay put when that text changes. */
function occurrence(el: Element, entry: number, kind: EntryKind): Occurrence {
  const range = document.createRange();
  range.selectNodeContents(el);
  return { entry, kind, range, text: range.toString() };
}

let page: PageAnnotation;
beforeEach(() => {
  document.body.innerHTML = '<article><p><b>NCRI</b> and the <i>MEK</i>; <u>2,500 people</u></p></article>';
  const [b, i, u] = ['b', 'i', 'u'].map((tag) => document.querySelector(tag)!);
  page = {
    found: true,
    opEdId: 'oped-why-iran-executes',
    root: document.querySelector('article'),
    occurrences: [occurrence(b, 0, 'organisation'), occurrence(i, 1, 'organisation'), occurrence(u, 2, 'statistic')],
    roots: [],
  };
});

describe('viewOf', () => {
  it('shows every occurrence with default settings', () => {
    expect(viewOf(page, DEFAULT_SETTINGS, 'news.example')).toEqual(page.occurrences);
  });
  it('leaves out hidden kinds', () => {
    const shown = viewOf(page, { ...DEFAULT_SETTINGS, hiddenKinds: ['statistic'] }, 'news.example');
    expect(shown.map((o) => o.text)).toEqual(['NCRI', 'MEK']);
  });
  it('shows nothing on a disabled site, or anywhere when switched off', () => {
    expect(viewOf(page, { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'news.example')).toEqual([]);
    expect(viewOf(page, { ...DEFAULT_SETTINGS, disabledSites: ['news.example'] }, 'other.example')).toHaveLength(3);
    expect(viewOf(page, { ...DEFAULT_SETTINGS, enabled: false }, 'other.example')).toEqual([]);
  });
});

describe('describeView', () => {
  it('lists what is shown, by entry id, with the article found', () => {
    const shown = page.occurrences.slice(1);
    expect(describeView(page, shown, (entry) => ids[entry])).toEqual({
      article: { found: true, opEdId: 'oped-why-iran-executes' },
      annotations: [
        { entryId: 'mek', kind: 'organisation', text: 'MEK' },
        { entryId: 'executions-since-2024', kind: 'statistic', text: '2,500 people' },
      ],
    });
  });
});

describe('isStale', () => {
  it('is false while the page still shows what was annotated', () => {
    expect(isStale(page, document)).toBe(false);
  });
  it('is true when a re-render changed the text under a range', () => {
    (document.querySelector('i')!.firstChild as Text).data = 'PMOI';
    expect(page.occurrences[1].range.collapsed).toBe(false); // caught by the text, not by collapse
    expect(isStale(page, document)).toBe(true);
  });
  it('is true when a range collapsed because its text was removed', () => {
    document.querySelector('b')!.replaceChildren();
    expect(isStale(page, document)).toBe(true);
  });
  it('is true when the article root left the document', () => {
    page.root!.remove();
    expect(isStale(page, document)).toBe(true);
  });
  it('for a page without an article, is true only once the page has become one', () => {
    const none: PageAnnotation = { found: false, opEdId: null, root: null, occurrences: [], roots: [] };
    expect(isStale(none, document)).toBe(false);
    document.body.innerHTML = `<article>${opEd.split('\n').map((p) => `<p>${p}</p>`).join('')}</article>`;
    expect(isStale(none, document)).toBe(true);
  });
});
