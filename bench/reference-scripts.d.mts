/** A reference content script for the benchmark: its source and what it does. */
export interface ReferenceScript {
  code: string;
  what: string;
}

/** The reference scripts by name (empty, listener, naive), the naive one matching `aliases`. */
export function referenceScripts(aliases: readonly string[]): Record<'empty' | 'listener' | 'naive', ReferenceScript>;
