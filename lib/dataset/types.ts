import type { EntryKind } from '../kinds.ts';

export type { EntryKind };

/** A source a reader can check, labelled with whose perspective it carries. */
export interface Source {
  title: string;
  publisher: string;
  /** https only; validated. */
  url: string;
  /** Who is speaking, e.g. "UN", "NGO", "news agency", "government of Canada", "NCRI/MEK (opposition)". */
  perspective: string;
  /** Publication date (YYYY, YYYY-MM or YYYY-MM-DD) when known. */
  date?: string;
}

/** One monitor's figure for the same thing a statistic claim counts. */
export interface Figure {
  /** Who counts, e.g. "HRANA" or "Human Rights Watch". */
  monitor: string;
  /** The figure as that monitor gives it, e.g. "at least 1,922". */
  figure: string;
  /** The period or scope the figure covers. */
  period: string;
  /** Must equal the url of one of the entry's sources; that source's perspective labels the figure. */
  sourceUrl: string;
  /** The figure as a number or range, for the range bar; absent when the monitor gives no total. */
  value?: FigureValue;
}

/** A count as a number (`low` alone) or a range (`low` to `high`). */
export interface FigureValue {
  low: number;
  high?: number;
}

/** How a statistic is printed in the op-ed and who it comes from. */
export interface Claim {
  /** The claim as the op-ed prints it. */
  text: string;
  /** Who makes or is credited with the figure. */
  by: string;
  /** The printed figure as a number or range, for the range bar; absent for claims without one. */
  value?: FigureValue;
  /**
   * Perspective of whoever the op-ed credits with the figure (a source perspective label), or
   * absent when the op-ed names no source. The popup's summary of where figures come from uses it.
   */
  perspective?: string;
}

/**
 * An alias that names this entry only in context: it matches when one of the context words sits in
 * the same sentence (e.g. "No to Executions" is the prisoners' weekly campaign only next to "Tuesday").
 */
export interface ContextAlias {
  alias: string;
  /** Words or phrases, any one of which must appear in the alias's sentence. */
  context: string[];
}

/**
 * A way a statistic is claimed in other words: a number in [min, max] and, in the same sentence, one
 * word from every context group ("30,000" with "1988" and one of "executed", "killed"…). A number
 * alone never matches: at least one group is required.
 */
export interface ClaimPattern {
  min: number;
  max: number;
  /** Each group lists alternatives; the sentence must hold one word or phrase from every group. */
  context: string[][];
  /** Words that show the sentence counts something else (e.g. "worldwide"): none may appear. */
  exclude?: string[];
}

/** One annotated term (or, with kind "article", the op-ed itself). */
export interface Entry {
  id: string;
  kind: EntryKind;
  label: string;
  /** Surface forms as they appear in text. An all-capitals alias (e.g. "MEK") matches case-sensitively. */
  aliases: string[];
  /**
   * A name in the news well beyond this subject (the European Parliament, Amnesty International): it is
   * highlighted on related pages, but weighs little when deciding whether a page is about the subject.
   */
  general?: boolean;
  /** Aliases that count only with a context word in the same sentence. */
  contextAliases?: ContextAlias[];
  /** What a reader needs at a glance: one or two sentences, at most 30 words, no markup. */
  summary: string;
  /** At most 70 words; only <em>, <strong> and <abbr title> markup. */
  note: string;
  sources: Source[];
  /** The date the note describes the world as of (YYYY-MM-DD). */
  asOf: string;
  /** Statistics only: the claim as printed. */
  claim?: Claim;
  /** Statistics only: what other monitors report. */
  figures?: Figure[];
  /** Statistics only: how the same figure is claimed in other articles, in other words. */
  claimPatterns?: ClaimPattern[];
}

/** The bundled dataset as shipped in assets/dataset/dataset.json. */
export interface Dataset {
  version: string;
  /** YYYY-MM-DD of the last review. */
  date: string;
  entries: Entry[];
}
