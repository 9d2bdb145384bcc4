import type { Dataset, Entry } from './types';
import { isWordCode, normaliseText } from '../text/normalise-char';

/** One problem with the dataset, naming the entry, the field and the reason. */
export interface DatasetProblem {
  entry: string;
  field: string;
  reason: string;
}

const KINDS = new Set(['organisation', 'person', 'event', 'campaign', 'legal-term', 'statistic', 'place', 'article']);

/** Perspective labels a source may carry, so readers always see who is speaking. */
export const PERSPECTIVES: readonly (string | RegExp)[] = [
  'UN',
  'NGO',
  'news agency',
  'news outlet',
  'encyclopedia',
  'academic',
  'court',
  'EU institution',
  /^government of (the )?[A-Z][A-Za-z .'-]+$/,
  'NCRI/MEK (opposition)',
  'Iranian state media',
  'opinion outlet',
];

/** Perspectives that are not independent of the two sides the op-ed is about. */
const PARTISAN = new Set(['NCRI/MEK (opposition)', 'Iranian state media', 'government of Iran']);

/** Markup a note may carry; anything else fails validation (and DOMPurify strips it at render time). */
export const NOTE_TAGS = ['em', 'strong', 'abbr'];
export const NOTE_ATTRIBUTES = ['title'];

const MAX_NOTE_WORDS = 70;
const MAX_FIELD_CHARS = 2000;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for the perspective labels listed in PERSPECTIVES. */
export function isKnownPerspective(p: string): boolean {
  return PERSPECTIVES.some((q) => (typeof q === 'string' ? q === p : q.test(p)));
}

/** Only https links to a real host; rejects javascript:, data:, credentials and odd schemes. */
export function isSafeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && !!u.hostname.includes('.') && !u.username && !u.password && url === url.trim();
  } catch {
    return false;
  }
}

/** Words in a note once markup is removed. */
export function wordCount(text: string): number {
  return text.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
}

function markupProblems(html: string): string | null {
  for (const tag of html.matchAll(/<\/?([a-zA-Z0-9-]+)([^>]*)>/g)) {
    const name = tag[1].toLowerCase();
    if (!NOTE_TAGS.includes(name)) return `tag <${name}> is not allowed (allowed: ${NOTE_TAGS.join(', ')})`;
    for (const attr of tag[2].matchAll(/([a-zA-Z-]+)\s*=/g)) {
      if (!NOTE_ATTRIBUTES.includes(attr[1].toLowerCase())) return `attribute ${attr[1]} is not allowed`;
    }
  }
  if (/<(?![a-zA-Z/])|&(?!(amp|lt|gt|quot|#39|nbsp);)/.test(html.replace(/<\/?[a-zA-Z][^>]*>/g, ''))) {
    return 'stray "<" or unknown entity';
  }
  return null;
}

function isText(v: unknown, max = MAX_FIELD_CHARS): v is string {
  return typeof v === 'string' && v.trim().length > 0 && v.length <= max;
}

function checkEntry(e: Entry, say: (field: string, reason: string) => void): void {
  if (!isText(e.id, 80) || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)) say('id', 'must be kebab-case letters and digits');
  if (!KINDS.has(e.kind)) say('kind', `unknown kind "${String(e.kind)}"`);
  if (!isText(e.label, 200)) say('label', 'missing or longer than 200 characters');
  if (!Array.isArray(e.aliases)) say('aliases', 'must be a list');
  else {
    if (e.kind !== 'article' && e.aliases.length === 0) say('aliases', 'needs at least one alias');
    e.aliases.forEach((a, i) => {
      if (!isText(a, 120) || a !== a.trim()) say(`aliases[${i}]`, 'must be non-empty, trimmed text of at most 120 characters');
      else if (/[<>]/.test(a)) say(`aliases[${i}]`, 'must not contain markup');
      else if (normaliseText(a).length < 3) say(`aliases[${i}]`, 'is shorter than 3 characters and would match too much');
      else if (!isWordCode(a.charCodeAt(0)) || !isWordCode(a.charCodeAt(a.length - 1))) {
        say(`aliases[${i}]`, 'must begin and end with a letter or digit (matches sit on word boundaries)');
      }
    });
  }
  if (!isText(e.note, MAX_FIELD_CHARS)) say('note', 'missing or longer than 2000 characters');
  else {
    const words = wordCount(e.note);
    if (words > MAX_NOTE_WORDS) say('note', `has ${words} words (at most ${MAX_NOTE_WORDS})`);
    const markup = markupProblems(e.note);
    if (markup) say('note', markup);
  }
  if (!isText(e.asOf, 10) || !FULL_DATE.test(e.asOf) || Number.isNaN(Date.parse(e.asOf))) say('asOf', 'must be a date YYYY-MM-DD');
  if (!Array.isArray(e.sources) || e.sources.length < 2) say('sources', 'needs at least 2 sources');
  else {
    e.sources.forEach((s, i) => {
      const f = `sources[${i}]`;
      if (!s || typeof s !== 'object') return say(f, 'must be an object');
      if (!isText(s.title, 300)) say(`${f}.title`, 'missing');
      if (!isText(s.publisher, 120)) say(`${f}.publisher`, 'missing');
      if (typeof s.url !== 'string' || !isSafeUrl(s.url)) say(`${f}.url`, `must be an https URL (got ${JSON.stringify(s.url)?.slice(0, 60)})`);
      if (typeof s.perspective !== 'string' || !isKnownPerspective(s.perspective)) say(`${f}.perspective`, `unknown perspective ${JSON.stringify(s.perspective)}`);
      if (s.date !== undefined && (typeof s.date !== 'string' || !DATE.test(s.date))) say(`${f}.date`, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
      for (const key of ['title', 'publisher'] as const) if (typeof s[key] === 'string' && /[<>]/.test(s[key])) say(`${f}.${key}`, 'must not contain markup');
    });
    const publishers = new Set(e.sources.map((s) => s?.publisher));
    if (publishers.size < 2) say('sources', 'needs at least 2 different publishers');
    if (!e.sources.some((s) => s && !PARTISAN.has(s.perspective))) say('sources', 'needs one source independent of the NCRI/MEK and the Iranian government');
  }
  if (e.kind === 'statistic') {
    if (!e.claim || !isText(e.claim.text, 400) || !isText(e.claim.by, 200)) say('claim', 'a statistic needs claim.text and claim.by');
    if (!Array.isArray(e.figures) || e.figures.length < 1) say('figures', 'a statistic needs the figures other monitors give');
    else
      e.figures.forEach((fig, i) => {
        for (const key of ['monitor', 'figure', 'period'] as const) {
          if (!isText(fig?.[key], 200) || /[<>]/.test(fig[key])) say(`figures[${i}].${key}`, 'missing or contains markup');
        }
        if (!e.sources?.some((s) => s?.url === fig?.sourceUrl)) say(`figures[${i}].sourceUrl`, "must be the url of one of the entry's sources");
      });
  } else if (e.claim !== undefined || e.figures !== undefined) say('claim', 'only statistic entries carry a claim and figures');
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
    for (const alias of Array.isArray(e.aliases) ? e.aliases : []) {
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
