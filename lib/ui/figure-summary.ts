import type { Entry, FigureValue } from '../dataset/types.ts';
import { isIndependent } from '../dataset/validate-sources.ts';

/** How independent monitors' figures stand against a claim: all below, all above, all overlapping, or a mix. */
export type Comparison = 'lower' | 'higher' | 'similar' | 'different';

const ORDER: readonly Comparison[] = ['lower', 'higher', 'similar', 'different'];

const span = (v: FigureValue): [number, number] => [v.low, v.high ?? v.low];

/**
 * Compares a statistic's printed value with the figures of its independent sources (a figure's
 * perspective is that of the source it cites). A range that overlaps the claim counts as similar.
 * Null when the claim has no value or no independent source gives a number.
 */
export function compareClaim(entry: Entry): Comparison | null {
  const claim = entry.claim?.value;
  if (!claim) return null;
  const perspectiveOf = new Map(entry.sources.map((s) => [s.url, s.perspective]));
  const [low, high] = span(claim);
  const verdicts = new Set<Comparison>();
  for (const f of entry.figures ?? []) {
    const perspective = perspectiveOf.get(f.sourceUrl);
    if (!f.value || perspective === undefined || !isIndependent(perspective)) continue;
    const [fLow, fHigh] = span(f.value);
    verdicts.add(fHigh < low ? 'lower' : fLow > high ? 'higher' : 'similar');
  }
  if (verdicts.size === 0) return null;
  return verdicts.size === 1 ? [...verdicts][0] : 'different';
}

/** A perspective label as it reads after "from": "the UN", "an NGO", "a news agency", "Iranian state media". */
export function fromWhom(perspective: string): string {
  if (/^(UN|NCRI\/MEK|government of)\b/.test(perspective)) return `the ${perspective}`;
  if (perspective === 'Iranian state media') return perspective;
  return /^(NGO|[aeiouAEIOU])/.test(perspective) ? `an ${perspective}` : `a ${perspective}`;
}

const orList = (words: readonly string[]) =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;

/** Who the article credits with its figures, counted by perspective; unsourced ones last. */
function attribution(statistics: readonly Entry[]): string {
  const total = statistics.length;
  const by = new Map<string, number>();
  for (const s of statistics) if (s.claim?.perspective) by.set(s.claim.perspective, (by.get(s.claim.perspective) ?? 0) + 1);
  const unsourced = total - [...by.values()].reduce((a, b) => a + b, 0);
  if (by.size === 0) return total === 1 ? 'The article names no source for its one figure.' : `The article names no source for any of its ${total} figures.`;
  const [[first, n], ...rest] = [...by];
  const lead =
    n === total
      ? `${total === 1 ? 'The one figure' : `All ${total} figures`} in this article ${total === 1 ? 'comes' : 'come'} from ${fromWhom(first)}`
      : `${n} of ${total} figures in this article ${n === 1 ? 'comes' : 'come'} from ${fromWhom(first)}`;
  const others = rest.map(([p, k]) => `, ${k} from ${fromWhom(p)}`).join('');
  const none = unsourced ? `; it names no source for the ${unsourced === 1 ? 'other one' : `other ${unsourced}`}` : '';
  return `${lead}${others}${none}.`;
}

/**
 * One line on where the article's figures come from and how independent monitors' figures compare,
 * for the statistics shown on the page. Null when none is shown: then nothing is said of figures.
 */
export function figureSummary(statistics: readonly Entry[]): string | null {
  if (statistics.length === 0) return null;
  const verdicts = statistics.map(compareClaim).filter((v): v is Comparison => v !== null);
  if (verdicts.length === 0) return attribution(statistics);
  const kinds = ORDER.filter((c) => verdicts.includes(c));
  const scope = verdicts.length === statistics.length ? '' : ` for ${verdicts.length} of them`;
  return `${attribution(statistics)} Independent monitors report ${orList(kinds)} figures${scope}.`;
}
