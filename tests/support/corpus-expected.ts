// What the pure pipeline makes of each real corpus template, in the form stored beside the page
// (tests/fixtures/corpus/<template>/expected.json), after mozilla/readability's test-pages: the
// article finder's choice, whether the op-ed is recognised, and every term annotation would
// highlight. Shared by the corpus test and `npm run corpus:expected`, so both compute the same thing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateDocument } from '../../lib/annotate/annotate-article.ts';
import { findArticleRoot } from '../../lib/article/find-article-root.ts';
import { isHiddenByMarkup } from '../../lib/article/visibility.ts';
import type { AnnotationModel } from '../../lib/model/annotation-model.ts';
import { bundledArticles, bundledDataset } from './bundled.ts';
import { modelFor } from './model.ts';
import { parseHtml } from './quiet-jsdom.ts';

// From import.meta.url, not __dirname: the regenerate script loads this module outside Vitest.
// (A string, not new URL(): under the jsdom environment the global URL is jsdom's.)
/** The corpus folder. */
export const CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');

/** The two pages of every template: without the op-ed (a negative control) and with it. */
export const PAGE_FILES = ['source.html', 'oped.html'] as const;

/** One of PAGE_FILES. */
export type PageFile = (typeof PAGE_FILES)[number];

/** The element the article finder chose, described so that a reviewer can find it in the page. */
export interface RootDescription {
  tag: string;
  id: string | null;
  class: string | null;
  /** CSS-like path from body: tag, #id, and :nth-of-type(n) where a tag repeats among siblings. */
  path: string;
  /** Length of the root's text with runs of whitespace collapsed and the ends trimmed. */
  textLength: number;
  textStart: string;
}

/** One dataset entry as annotation finds it, in the order of its first occurrence. */
export interface TermExpectation {
  id: string;
  count: number;
  /** The exact page text of each occurrence, in page order. */
  texts: string[];
}

/** The stored expectation for one page. */
export interface PageExpectation {
  root: RootDescription | null;
  /** Annotation ran: the page passed the article gate and has a root. */
  found: boolean;
  opEdId: string | null;
  terms: TermExpectation[];
}

/** The stored expectation for one template: its two pages. */
export type TemplateExpectation = Record<PageFile, PageExpectation>;

/** The template folders, in manifest order (each listed twice there, once per page). */
export function corpusTemplates(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as { page: string }[];
  return [...new Set(manifest.map((c) => c.page))];
}

/** Where a template's expectation is stored. */
export function expectedPath(template: string): string {
  return path.join(CORPUS_DIR, template, 'expected.json');
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** One step of the path: enough to pick the element out among its siblings. */
function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (el.id) return `${tag}#${el.id}`;
  const same = el.parentElement ? [...el.parentElement.children].filter((c) => c.tagName === el.tagName) : [el];
  return same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(el) + 1})` : tag;
}

/** A stable description of `el`: no object identity, only what the saved page itself says. */
export function describeRoot(el: Element): RootDescription {
  const steps: string[] = [];
  for (let cur: Element | null = el; cur && cur !== el.ownerDocument.body; cur = cur.parentElement) steps.unshift(step(cur));
  const text = collapse(el.textContent ?? '');
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id || null,
    class: collapse(el.getAttribute('class') ?? '') || null,
    path: ['body', ...steps].join(' > '),
    textLength: text.length,
    textStart: text.slice(0, 80),
  };
}

/** The model pages load, built once: compiling the dataset is the costliest part after parsing. */
let model: AnnotationModel | undefined;
const bundledModel = () => (model ??= modelFor(bundledDataset, bundledArticles));

/** Runs the finder and annotation on one parsed page (markup-only visibility: jsdom has no layout). */
export function expectPage(doc: Document): PageExpectation {
  const result = annotateDocument(doc, bundledModel(), isHiddenByMarkup);
  // Annotation finds the root with the same finder; ask again only when its gate stopped it first.
  const root = result.root ?? findArticleRoot(doc, isHiddenByMarkup);
  const terms = new Map<string, TermExpectation>();
  for (const o of result.occurrences) {
    const id = bundledDataset.entries[o.entry].id;
    const term = terms.get(id) ?? { id, count: 0, texts: [] };
    term.count++;
    term.texts.push(o.text);
    terms.set(id, term);
  }
  return { root: root && describeRoot(root), found: result.found, opEdId: result.opEdId, terms: [...terms.values()] };
}

/** Parses one page of a template, hands it to `use`, then closes it (each page is parsed once per call). */
export function withPage<T>(template: string, file: PageFile, use: (doc: Document) => T): T {
  const doc = parseHtml(readFileSync(path.join(CORPUS_DIR, template, file), 'utf8'), `http://127.0.0.1/corpus/${template}/${file}`);
  try {
    return use(doc);
  } finally {
    // Frees the window's timers and listeners; 60 documents otherwise stay reachable until exit.
    doc.defaultView?.close();
  }
}

/** Computes what is stored for a template, from both its pages. */
export function expectTemplate(template: string): TemplateExpectation {
  return { 'source.html': withPage(template, 'source.html', expectPage), 'oped.html': withPage(template, 'oped.html', expectPage) };
}

/** The file text stored for a template: stable key order, one line per occurrence text. */
export function formatExpectation(expectation: TemplateExpectation): string {
  return `${JSON.stringify(expectation, null, 2)}\n`;
}
