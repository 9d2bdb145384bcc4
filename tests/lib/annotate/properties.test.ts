// Property-based tests over generated DOM trees and texts (fast-check, seeded and reproducible).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../../lib/annotate/annotate-article.ts';
import { modelFor } from '../../support/model.ts';
import { collectText } from '../../../lib/text-map/text-map.ts';
import { isHiddenByMarkup } from '../../../lib/article/visibility.ts';
import { bundledArticles, bundledDataset } from '../../support/bundled.ts';
import { paintHighlights } from '../../../lib/highlight/paint-highlights.ts';
import { aliasSpecs, compileMatcher } from '../../../lib/matching/compile-matcher.ts';
import { findMatches } from '../../../lib/matching/find-matches.ts';
import { normaliseText } from '../../../lib/text/normalise-char.ts';
import { dropCssParsingErrors } from '../../support/jsdom-console.ts';

// Generated <style> elements hold random text, which jsdom's CSS parser reports on every run.
dropCssParsingErrors();

const SEED = 20261125;
const model = modelFor(bundledDataset, bundledArticles);
const aliases = bundledDataset.entries.flatMap((e) => e.aliases);
const aliasesOf = bundledDataset.entries.map((e) => new Set([...e.aliases, ...(e.contextAliases ?? []).map((c) => c.alias)].map((a) => normaliseText(a))));
/** A highlight is an alias (plain or in context) of its entry, or a number a claim pattern of its entry found. */
const isOwnForm = (entry: number, text: string) =>
  aliasesOf[entry].has(normaliseText(text)) || (!!bundledDataset.entries[entry].claimPatterns && /^\d{1,3}(,\d{3})*$|^\d+$/.test(text));
const opEdSentences = bundledArticles['oped-why-iran-executes'].split(/(?<=[.?!])\s+/);

/** Words and pieces that make matching hard: aliases, their fragments, typography, markup-looking text. */
const word = fc.oneof(
  fc.constantFrom(...aliases),
  fc.constantFrom(...aliases).map((a) => a.slice(0, Math.max(1, a.length >> 1))),
  fc.constantFrom('the', 'of', 'Iran', 'MEKONG', 'mek', 'ncri', '2,500', '1988', 'Brussels', '’', '“', '”', '–', '\u00a0', '\u200b', '<img src=x onerror=alert(1)>', '&amp;'),
  fc.string({ maxLength: 8 }),
);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((ws) => ws.join(' '));
const inlineTags = ['a', 'em', 'strong', 'span', 'b', 'i'];
const blockTags = ['p', 'div', 'li', 'blockquote', 'h2', 'section'];
const skippedTags = ['script', 'style', 'code', 'pre', 'textarea', 'nav', 'aside'];

/** A random tree: text, inline wrappers splitting names, blocks, skipped and hidden subtrees. */
const tree: fc.Arbitrary<string> = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    sentence.map(escapeHtml),
    fc.constantFrom(...opEdSentences).map(escapeHtml),
    fc.tuple(fc.constantFrom(...inlineTags), fc.array(tie('node'), { maxLength: 3 })).map(([t, c]) => `<${t}>${c.join('')}</${t}>`),
    fc.tuple(fc.constantFrom(...blockTags), fc.array(tie('node'), { maxLength: 4 })).map(([t, c]) => `<${t}>${c.join(' ')}</${t}>`),
    fc.tuple(fc.constantFrom(...skippedTags), sentence).map(([t, s]) => `<${t}>${escapeHtml(s)}</${t}>`),
    sentence.map((s) => `<p hidden>${escapeHtml(s)}</p>`),
    sentence.map((s) => `<div contenteditable="true">${escapeHtml(s)}</div>`),
  ),
})).node;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Builds an article page around generated content (long enough to pass the article gate). */
function mount(parts: string[]): Document {
  const filler = opEdSentences.slice(0, 6).map((s) => `<p>${escapeHtml(s)} ${escapeHtml(s)}</p>`).join('');
  document.body.innerHTML = `<article>${filler}${parts.map((p) => `<div>${p}</div>`).join('')}</article>`;
  return document;
}

const runs = { seed: SEED, numRuns: 1500 };

describe('annotation properties', () => {
  it('never throws, and every highlight is exactly an alias of its entry (or a claimed figure), with no overlaps', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        const doc = mount(parts);
        const result = annotateDocument(doc, model, isHiddenByMarkup);
        const ranges = result.occurrences.map((o) => o.range);
        seen += ranges.length;
        for (const o of result.occurrences) {
          expect(isOwnForm(o.entry, o.range.toString())).toBe(true);
          expect(o.text).toBe(o.range.toString());
        }
        for (let i = 1; i < ranges.length; i++) {
          // In document order and disjoint: each starts at or after the previous one's end.
          expect(ranges[i].compareBoundaryPoints(Range.START_TO_END, ranges[i - 1])).toBeGreaterThanOrEqual(0);
        }
      }),
      runs,
    );
    // The generator must really exercise matching, not just produce empty pages.
    expect(seen).toBeGreaterThan(runs.numRuns * 2);
  }, 120_000);

  it('leaves the DOM unchanged, gives the same result twice, and leaves nothing behind when cleared', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
        const doc = mount(parts);
        const before = doc.body.innerHTML;
        const first = annotateDocument(doc, model, isHiddenByMarkup);
        const second = annotateDocument(doc, model, isHiddenByMarkup);
        expect(doc.body.innerHTML).toBe(before);
        expect(second.occurrences.map((o) => [o.entry, o.text])).toEqual(first.occurrences.map((o) => [o.entry, o.text]));
        const registry = new Map<string, unknown>();
        const painting = paintHighlights({ registry, create: (r) => ({ r }) }, first.occurrences);
        painting.clear();
        expect(registry.size).toBe(0);
        expect(doc.body.innerHTML).toBe(before);
      }),
      runs,
    );
  }, 120_000);

  it('finds in collected text exactly what it finds in the same words typed plainly', () => {
    const matcher = compileMatcher(aliasSpecs(bundledDataset.entries));
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 5 }), fc.array(fc.constantFrom(...inlineTags), { minLength: 1, maxLength: 5 }), (sentences, tags) => {
        // The same text, once plain and once with every word wrapped in inline markup.
        const plain = sentences.join(' ');
        const wrapped = plain
          .split(' ')
          .map((w, i) => `<${tags[i % tags.length]}>${escapeHtml(w)}</${tags[i % tags.length]}>`)
          .join(' ');
        document.body.innerHTML = `<p>${wrapped}</p>`;
        const map = collectText(document.body, isHiddenByMarkup);
        const inPage = findMatches(matcher, map.text).map((m) => m.entry);
        const direct = findMatches(matcher, normaliseText(plain, true)).map((m) => m.entry);
        expect(inPage).toEqual(direct);
      }),
      runs,
    );
  }, 120_000);
});
