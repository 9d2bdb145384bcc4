import type { Source } from './types.ts';

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

/** True for a perspective independent of both the NCRI/MEK and the Iranian government. */
export function isIndependent(perspective: string): boolean {
  return !PARTISAN.has(perspective);
}

/** Longest text field; notes are held to a word count as well. */
export const MAX_FIELD_CHARS = 2000;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

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

/** Non-empty text of at most `max` characters. */
export function isText(v: unknown, max = MAX_FIELD_CHARS): v is string {
  return typeof v === 'string' && v.trim().length > 0 && v.length <= max;
}

/** Checks an entry's sources: safe links, known perspectives, two publishers, one independent source. */
export function checkSources(sources: readonly Source[] | undefined, say: (field: string, reason: string) => void): void {
  if (!Array.isArray(sources) || sources.length < 2) say('sources', 'needs at least 2 sources');
  else {
    sources.forEach((s, i) => {
      const f = `sources[${i}]`;
      if (!s || typeof s !== 'object') return say(f, 'must be an object');
      if (!isText(s.title, 300)) say(`${f}.title`, 'missing');
      if (!isText(s.publisher, 120)) say(`${f}.publisher`, 'missing');
      if (typeof s.url !== 'string' || !isSafeUrl(s.url)) say(`${f}.url`, `must be an https URL (got ${JSON.stringify(s.url)?.slice(0, 60)})`);
      if (typeof s.perspective !== 'string' || !isKnownPerspective(s.perspective)) say(`${f}.perspective`, `unknown perspective ${JSON.stringify(s.perspective)}`);
      if (s.date !== undefined && (typeof s.date !== 'string' || !DATE.test(s.date))) say(`${f}.date`, 'must be YYYY, YYYY-MM or YYYY-MM-DD');
      for (const key of ['title', 'publisher'] as const) if (typeof s[key] === 'string' && /[<>]/.test(s[key])) say(`${f}.${key}`, 'must not contain markup');
    });
    const publishers = new Set(sources.map((s) => s?.publisher));
    if (publishers.size < 2) say('sources', 'needs at least 2 different publishers');
    if (!sources.some((s) => s && isIndependent(s.perspective))) say('sources', 'needs one source independent of the NCRI/MEK and the Iranian government');
  }
}
