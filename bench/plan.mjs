// Which pages a benchmark run loads, how often, and which of them the dataset-scaling rows repeat.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPUS_DIR } from './pages.mjs';

/** Pages over this size load for seconds: they get at most HEAVY_RUNS runs. */
const HEAVY_BYTES = 1 << 20;
export const HEAVY_RUNS = 3;
/** mark.js makes one pass over the page per alias: minutes on the 5 MB and 100,000-element pages. */
const SYNTHETIC_MARK_RUNS = { 'oped-1x': 3, 'oped-article-10x': 3, 'oped-page-10x': 3, 'oped-article-100x': 1, 'oped-page-100x': 1 };

/**
 * The corpus and synthetic pages with their runs (`args`: runs, quick, only), the ones selected for
 * this run (each with empty `runs`), and the scaling rows: the same pages with each dataset build.
 */
export async function planPages(args, synthetic) {
  const manifest = JSON.parse(await readFile(path.join(CORPUS_DIR, 'manifest.json'), 'utf8'));
  const markRuns = (n) => Math.min(args.runs, n);
  const pages = [];
  for (const e of manifest) {
    const bytes = (await readFile(path.join(CORPUS_DIR, e.file))).length;
    pages.push({
      id: `corpus/${e.file.replace(/\.html$/, '')}`,
      label: e.hasOped ? `${e.page} (op-ed)` : e.page,
      path: `/corpus/${e.file}`,
      group: e.hasOped ? 'corpus-oped' : 'corpus-plain',
      hasOped: e.hasOped,
      bytes,
      markRuns: e.hasOped ? markRuns(args.quick ? 1 : 2) : 0,
      maxRuns: args.runs,
    });
  }
  for (const [name, p] of Object.entries(synthetic)) {
    const bytes = Buffer.byteLength(p.html);
    pages.push({
      id: `synthetic/${name}`,
      label: name,
      path: `/synthetic/${name}.html`,
      group: 'synthetic',
      hasOped: p.hasOped,
      bytes,
      note: p.note,
      articleX: p.articleX,
      pageX: p.pageX,
      markRuns: p.hasOped ? markRuns(Math.min(args.quick ? 1 : Infinity, SYNTHETIC_MARK_RUNS[name] ?? 0)) : 0,
      markSkipped: p.hasOped && !SYNTHETIC_MARK_RUNS[name] ? 'not run: one pass per alias takes minutes on this page' : null,
      // Seconds per load: the 5 MB and 100,000-element pages get fewer runs.
      maxRuns: bytes > HEAVY_BYTES ? Math.min(args.runs, HEAVY_RUNS) : args.runs,
    });
  }
  let selected = args.only ? pages.filter((p) => args.only.test(p.id)) : pages;
  if (args.quick && !args.only) {
    // A few templates of each kind, and every synthetic page.
    const keep = new Set(['bbc-1', 'guardian-1', 'nytimes-1', 'wikipedia', 'medium-1', 'lemonde-1']);
    selected = pages.filter((p) => p.group === 'synthetic' || keep.has(p.id.split('/')[1]));
  }
  for (const p of selected) p.runs = { ext: [], plain: [], refs: {} };
  // The dataset-scaling rows: the same pages with each build, measured side by side.
  const scalingPages = selected.filter((p) => p.id === 'synthetic/oped-1x' || p.id === 'corpus/guardian-1/oped');
  const scaling = scalingPages.flatMap((p) => ['normal', 'x10', 'x100'].map((variant) => ({ page: p.id, label: p.label, path: p.path, variant, runs: [] })));

  return { selected, scalingPages, scaling };
}
