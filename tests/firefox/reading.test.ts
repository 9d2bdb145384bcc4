// Reading, in Firefox: the op-ed is highlighted on the demo page and on all real news templates,
// each dataset term in the visible op-ed text exactly as often as it occurs; pages without it get
// nothing; nothing outside the article is ever highlighted. Same oracle as tests/e2e/reading.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { annotations, CORPUS_DIR, highlightTexts, openPage, ROOT, startHarness, type Harness } from './harness';
import { bundledDataset } from '../../lib/dataset/bundled';
import { compileMatcher } from '../../lib/matching/compile-matcher';
import { findMatches } from '../../lib/matching/find-matches';
import { normaliseText } from '../../lib/text/normalise-char';

const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as {
  file: string;
  hasOped: boolean;
}[];
const opEdPages = manifest.filter((c) => c.hasOped).map((c) => c.file);
const sourcePages = manifest.filter((c) => !c.hasOped).map((c) => c.file);

/** The ids the op-ed must always show. */
const REQUIRED = ['ncri', 'mek', 'irgc', 'european-parliament', 'executions-1988', 'executions-since-2024'];

const OPED = readFileSync(path.join(ROOT, 'assets/articles/oped-why-iran-executes.txt'), 'utf8');
const matcher = compileMatcher(bundledDataset.entries.flatMap((e, entry) => e.aliases.map((alias) => ({ alias, entry }))));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** In the page: every highlighted range lies inside a block whose text is part of the op-ed. */
async function rangesOutsideOpEd(page: Page): Promise<string[]> {
  return page.evaluate((opEdText: string) => {
    const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
    const full = norm(opEdText);
    const outside: string[] = [];
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('backstory-')) continue;
      for (const r of hl) {
        const el = (r.commonAncestorContainer.nodeType === 1 ? r.commonAncestorContainer : r.commonAncestorContainer.parentElement) as Element;
        const block = el.closest('p, li, h1, h2, h3, h4, td, blockquote, div') ?? el;
        if (!full.includes(norm(block.textContent ?? ''))) outside.push(`${r.toString()} in <${block.tagName}> "${norm(block.textContent ?? '').slice(0, 60)}"`);
      }
    }
    return outside;
  }, OPED);
}

/** Entry id → count of every dataset term in the op-ed paragraphs the page shows (hidden ones excluded). */
async function expectedCounts(page: Page): Promise<Record<string, number>> {
  const shown = await page.evaluate((opEdText: string) => {
    const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
    const paragraphs = new Set(opEdText.split('\n').slice(1).map(norm));
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const text = norm(el.textContent ?? '');
      if (!paragraphs.has(text)) continue;
      if ([...el.children].some((c) => norm(c.textContent ?? '') === text)) continue; // the innermost holder only
      if (el.closest('[hidden], [style*="display: none"], [style*="display:none"]')) continue;
      out.push(text);
    }
    return out;
  }, OPED);
  const counts: Record<string, number> = {};
  for (const text of shown) {
    for (const m of findMatches(matcher, normaliseText(text, true))) {
      const id = bundledDataset.entries[m.entry].id;
      counts[id] = (counts[id] ?? 0) + 1;
    }
  }
  return counts;
}

function countsOf(res: { annotations: { entryId: string }[] }): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of res.annotations) counts[a.entryId] = (counts[a.entryId] ?? 0) + 1;
  return counts;
}

describe('reading the op-ed in Firefox', () => {
  it('highlights the required organisations, event and figure on the demo page, in the article only', async () => {
    const page = await openPage(h, `${h.baseUrl}/demo/`);
    const res = await annotations(h, page);
    expect(res.article).toEqual({ found: true, opEdId: 'oped-why-iran-executes' });
    const ids = new Set(res.annotations.map((a) => a.entryId));
    for (const id of REQUIRED) expect(ids, `missing ${id}`).toContain(id);
    const expected = await expectedCounts(page);
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(10);
    expect(countsOf(res)).toEqual(expected);
    // Painted with the CSS Custom Highlight API (Firefox 140+), one range per reported occurrence.
    const texts = await highlightTexts(page);
    expect(Object.values(texts).flat().length).toBe(res.annotations.length);
    expect(Object.values(texts).flat().sort()).toEqual(res.annotations.map((a) => a.text).sort());
    expect(await rangesOutsideOpEd(page)).toEqual([]);
    // Backstory adds nothing to the page until a card opens.
    expect(await page.evaluate(() => document.querySelectorAll('backstory-card-host').length)).toBe(0);
    await page.close();
  });

  for (const file of opEdPages) {
    it(`recognises and highlights the op-ed on ${file}`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      const res = await annotations(h, page);
      expect(res.article.opEdId).toBe('oped-why-iran-executes');
      const ids = new Set(res.annotations.map((a) => a.entryId));
      for (const id of REQUIRED) expect(ids, `missing ${id}`).toContain(id);
      expect(countsOf(res)).toEqual(await expectedCounts(page));
      expect(Object.values(await highlightTexts(page)).flat().length).toBe(res.annotations.length);
      expect(await rangesOutsideOpEd(page)).toEqual([]);
      await page.close();
    });
  }

  for (const file of sourcePages) {
    it(`leaves ${file} (no op-ed) without highlights`, async () => {
      const page = await openPage(h, `${h.baseUrl}/corpus/${file}`);
      const res = await annotations(h, page);
      expect(res.annotations).toEqual([]);
      expect(res.article.opEdId).toBeNull();
      expect(await highlightTexts(page)).toEqual({});
      await page.close();
    });
  }
});
