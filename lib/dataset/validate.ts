import type { Dataset, Entry, FigureValue } from './types.ts';
import { normaliseText } from '../text/normalise-char.ts';
import { isEntryKind } from '../kinds.ts';
import { markupProblems } from './note-markup.ts';
import { aliasProblem, allAliases, checkClaimPatterns, checkContextAliases, checkFlags } from './validate-rules.ts';
import { checkSources, isKnownPerspective, isText, MAX_FIELD_CHARS } from './validate-sources.ts';

/** One problem with the dataset, naming the entry, the field and the reason. */
export interface DatasetProblem {
  entry: string;
  field: string;
  reason: string;
}

const MAX_NOTE_WORDS = 70;
const MAX_SUMMARY_WORDS = 30;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Words in a note once markup is removed. */
export function wordCount(text: string): number {
  return text.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
}

/** A figure's number or range, when given: positive finite numbers, `high` above `low`. */
function checkValue(v: FigureValue | undefined, field: string, say: (field: string, reason: string) => void): void {
  if (v === undefined) return;
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
  if (!v || typeof v !== 'object' || !ok(v.low) || (v.high !== undefined && (!ok(v.high) || v.high <= v.low))) {
    say(field, 'must be {low} or {low, high} with positive numbers and high above low');
  }
}

function checkEntry(e: Entry, say: (field: string, reason: string) => void): void {
  if (!isText(e.id, 80) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) say('id', 'must be kebab-case letters and digits');
  if (!isEntryKind(e.kind)) say('kind', `unknown kind "${String(e.kind)}"`);
  if (!isText(e.label, 200)) say('label', 'missing or longer than 200 characters');
  if (!Array.isArray(e.aliases)) say('aliases', 'must be a list');
  else {
    if (e.kind !== 'article' && e.aliases.length === 0) say('aliases', 'needs at least one alias');
    e.aliases.forEach((a, i) => {
      const problem = aliasProblem(a);
      if (problem) say(`aliases[${i}]`, problem);
    });
  }
  checkContextAliases(e, say);
  checkFlags(e, say);
  if (!isText(e.summary, 400)) say('summary', 'missing or longer than 400 characters');
  else {
    const words = wordCount(e.summary);
    if (words > MAX_SUMMARY_WORDS) say('summary', `has ${words} words (at most ${MAX_SUMMARY_WORDS})`);
    if (/[<>&]/.test(e.summary)) say('summary', 'must be plain text, without markup or entities');
  }
  if (!isText(e.note, MAX_FIELD_CHARS)) say('note', 'missing or longer than 2000 characters');
  else {
    const words = wordCount(e.note);
    if (words > MAX_NOTE_WORDS) say('note', `has ${words} words (at most ${MAX_NOTE_WORDS})`);
    const markup = markupProblems(e.note);
    if (markup) say('note', markup);
  }
  if (!isText(e.asOf, 10) || !FULL_DATE.test(e.asOf) || Number.isNaN(Date.parse(e.asOf))) say('asOf', 'must be a date YYYY-MM-DD');
  checkSources(e.sources, say);
  if (e.kind === 'statistic') {
    if (!e.claim || !isText(e.claim.text, 400) || !isText(e.claim.by, 200)) say('claim', 'a statistic needs claim.text and claim.by');
    else {
      checkValue(e.claim.value, 'claim.value', say);
      if (e.claim.perspective !== undefined && !isKnownPerspective(e.claim.perspective)) say('claim.perspective', `unknown perspective ${JSON.stringify(e.claim.perspective)}`);
    }
    if (!Array.isArray(e.figures) || e.figures.length < 1) say('figures', 'a statistic needs the figures other monitors give');
    else
      e.figures.forEach((fig, i) => {
        for (const key of ['monitor', 'figure', 'period'] as const) {
          if (!isText(fig?.[key], 200) || /[<>]/.test(fig[key])) say(`figures[${i}].${key}`, 'missing or contains markup');
        }
        checkValue(fig?.value, `figures[${i}].value`, say);
        if (!e.sources?.some((s) => s?.url === fig?.sourceUrl)) say(`figures[${i}].sourceUrl`, "must be the url of one of the entry's sources");
      });
  } else if (e.claim !== undefined || e.figures !== undefined) say('claim', 'only statistic entries carry a claim and figures');
  checkClaimPatterns(e, say);
}

/** Checks the whole dataset; an empty list means it may ship. */
export function validateDataset(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  if (!data || typeof data !== 'object' || !Array.isArray(data.entries)) {
    return [{ entry: '(dataset)', field: 'entries', reason: 'must be a list' }];
  }
  if (!isText(data.version, 40)) problems.push({ entry: '(dataset)', field: 'version', reason: 'missing' });
  if (!isText(data.date, 10) || !FULL_DATE.test(data.date)) problems.push({ entry: '(dataset)', field: 'date', reason: 'must be YYYY-MM-DD' });
  const ids = new Map<string, number>();
  const aliases = new Map<string, string>();
  data.entries.forEach((e, index) => {
    const name = typeof e?.id === 'string' && e.id ? e.id : `#${index}`;
    const say = (field: string, reason: string) => problems.push({ entry: name, field, reason });
    if (!e || typeof e !== 'object') return say('(entry)', 'must be an object');
    if (ids.has(name)) say('id', 'duplicate id');
    ids.set(name, index);
    checkEntry(e, say);
    for (const alias of allAliases(e)) {
      if (typeof alias !== 'string') continue;
      const key = normaliseText(alias);
      const owner = aliases.get(key);
      if (owner !== undefined) say('aliases', `alias "${alias}" is also used by ${owner === name ? 'this entry' : owner}`);
      else aliases.set(key, name);
    }
  });
  return problems;
}

/** One line per problem, for build and test output. */
export function formatProblems(problems: readonly DatasetProblem[]): string {
  return problems.map((p) => `dataset entry "${p.entry}", field ${p.field}: ${p.reason}`).join('\n');
}
