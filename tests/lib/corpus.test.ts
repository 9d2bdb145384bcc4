// The pipeline on thirty real templates, after mozilla/readability's test-pages: for each template,
// both pages (without and with the op-ed) are parsed once, run through the article finder and
// annotation, and compared with tests/fixtures/corpus/<template>/expected.json. A change in which
// element is chosen, whether the op-ed is recognised or which terms are found fails here, named by
// template; if the change is intended, `npm run corpus:expected` rewrites the files for review.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeChanges } from '../support/corpus-changes.ts';
import { corpusTemplates, expectedPath, expectPage, PAGE_FILES, withPage, type PageFile, type TemplateExpectation } from '../support/corpus-expected.ts';
import { OPED, shownOpEdParagraphs, termCounts } from '../shared/reading-oracle.ts';

const templates = corpusTemplates();

/** Entry id → count, from stored terms. */
const countsOf = (terms: TemplateExpectation[PageFile]['terms']) => Object.fromEntries(terms.map((t) => [t.id, t.count]));

describe('the article finder and annotation on the real-page corpus', () => {
  it('covers every template of the manifest', () => {
    // Guards the loop below: an unreadable manifest would otherwise run no comparison at all.
    expect(templates.length).toBe(30);
  });

  for (const template of templates) {
    it(`${template}: matches expected.json and the browser tests' reading oracle`, () => {
      const stored = JSON.parse(readFileSync(expectedPath(template), 'utf8')) as TemplateExpectation;
      const now = {} as TemplateExpectation;
      let oracle: Record<string, number> = {};
      for (const file of PAGE_FILES) {
        now[file] = withPage(template, file, (doc) => {
          // Only the op-ed page has op-ed paragraphs to count (the oracle reads every element's text).
          if (file === 'oped.html') oracle = termCounts(shownOpEdParagraphs(OPED, doc.body));
          return expectPage(doc);
        });
      }
      expect(describeChanges(stored, now), `${template}: the pipeline's output differs from ${template}/expected.json (if intended: npm run corpus:expected, then review the diff)`).toEqual([]);
      // The stored file is not only "whatever the code did": it must say what the browser tests
      // assert (tests/e2e/reading.test.ts), so regenerating it cannot bless a regression.
      expect(now['oped.html'].opEdId, `${template}/oped.html: op-ed not recognised`).toBe('oped-why-iran-executes');
      expect(countsOf(now['oped.html'].terms), `${template}/oped.html: terms differ from those in the op-ed text the page shows`).toEqual(oracle);
      expect(now['source.html'], `${template}/source.html: the page without the op-ed gets annotations`).toMatchObject({ opEdId: null, terms: [] });
    });
  }
});
