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
    // Summaries are read first and alone: held to the same neutrality rules as notes.
    const summaries = data.entries.filter((e) => typeof e?.summary === 'string').map((e) => ({ id: e.id, note: e.summary }));
    for (const f of lintNotes(summaries)) lines.push(`dataset entry "${f.entry}", field summary: ${f.reason}`);
  }
  return lines;
}
