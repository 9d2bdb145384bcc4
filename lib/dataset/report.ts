import { lintNotes } from './neutrality.ts';
import type { Dataset } from './types.ts';
import { formatProblems, validateDataset } from './validate.ts';

/** Every validation problem and neutrality finding, one line each; empty when the dataset may ship. */
export function datasetReport(data: Dataset): string[] {
  const lines = formatProblems(validateDataset(data)).split('\n').filter(Boolean);
  if (Array.isArray(data?.entries)) {
    for (const f of lintNotes(data.entries.filter((e) => typeof e?.note === 'string'))) {
      lines.push(`dataset entry "${f.entry}", field note: ${f.reason}`);
    }
  }
  return lines;
}
