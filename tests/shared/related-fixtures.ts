// The hand-labelled related articles in tests/fixtures/related/ and how highlights are scored
// against their labels; shared by the jsdom measurement and the browser tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

/** Perspective groups the targets are measured by. */
export const GROUPS = ['independent', 'ngo', 'ncri', 'state'] as const;
/** A group, or a page that is not about the subject. */
export type Group = (typeof GROUPS)[number] | 'negative';

/** One real article excerpt with every mention a careful annotator expects. */
export interface RelatedFixture {
  id: string;
  url: string;
  publisher: string;
  group: Group;
  perspective: string;
  title: string;
  paragraphs: string[];
  mentions: { entry: string; text: string }[];
}

/** A highlight as the extension reports it. */
export interface Highlight {
  entryId: string;
  kind: string;
  text: string;
}

/** How one page's highlights compare with its labels. */
export interface PageScore {
  id: string;
  group: Group;
  labels: number;
  found: number;
  highlights: number;
  correct: number;
  wrong: string[];
  missed: string[];
}

const DIR = path.join(ROOT, 'tests/fixtures/related');

/** Every fixture, in file-name order. */
export function relatedFixtures(): RelatedFixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(DIR, f), 'utf8')) as RelatedFixture);
}

const norm = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/[\u2010-\u2014]/g, '-').replace(/\s+/g, ' ');

/** Spans of `texts` found one after another in `haystack` (null where a text is not found). */
function spans(haystack: string, texts: string[], from = 0): ({ start: number; end: number } | null)[] {
  return texts.map((t) => {
    const at = haystack.indexOf(norm(t), from);
    if (at < 0) return null;
    from = at + norm(t).length;
    return { start: at, end: from };
  });
}

/**
 * Scores a page: a highlight is correct when a label of the same entry overlaps it (the label may be
 * longer, "UN special rapporteur on … Iran" for "special rapporteur"). Highlights in the headline,
 * which is not labelled, and statistic highlights (claim patterns, measured in their own tests) are left out.
 */
export function scorePage(f: RelatedFixture, highlights: Highlight[]): PageScore {
  const body = norm(f.paragraphs.join('\n'));
  const labels = spans(body, f.mentions.map((m) => m.text)).map((s, i) => ({ ...s!, entry: f.mentions[i].entry, used: false }));
  const scored = highlights.filter((h) => h.kind !== 'statistic');
  // Highlights come in document order, the headline's (when the article includes it) first: aligned
  // from the last one backwards, the body takes every highlight it can, and the rest is the headline.
  const located: { start: number; end: number }[] = [];
  let cut = scored.length;
  for (let end = body.length; cut > 0; cut--) {
    const text = norm(scored[cut - 1].text);
    const at = body.lastIndexOf(text, end - text.length);
    if (at < 0) break;
    located.unshift({ start: at, end: at + text.length });
    end = at;
  }
  const bodyHighlights = scored.slice(cut);
  const wrong: string[] = [];
  let correct = 0;
  bodyHighlights.forEach((h, i) => {
    const s = located[i];
    const label = labels.find((l) => !l.used && l.entry === h.entryId && l.start < s.end && s.start < l.end);
    if (label) {
      label.used = true;
      correct++;
    } else wrong.push(`${h.entryId}: "${h.text}"`);
  });
  const missed = labels.filter((l) => !l.used).map((l) => `${l.entry}: "${body.slice(l.start, l.end)}"`);
  return { id: f.id, group: f.group, labels: labels.length, found: labels.length - missed.length, highlights: bodyHighlights.length, correct, wrong, missed };
}

/** Recall and precision over a set of page scores. */
export function totals(scores: PageScore[]): { labels: number; recall: number; precision: number; highlights: number } {
  const labels = scores.reduce((n, s) => n + s.labels, 0);
  const found = scores.reduce((n, s) => n + s.found, 0);
  const highlights = scores.reduce((n, s) => n + s.highlights, 0);
  const correct = scores.reduce((n, s) => n + s.correct, 0);
  return { labels, recall: labels ? found / labels : 1, precision: highlights ? correct / highlights : 1, highlights };
}
