// The measuring itself: a warm-up, then rounds in which every selected page is loaded with the
// extension, without it, and with each reference script, plus the dataset-scaling rows.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { runWithExtension, runWithout } from './measure.mjs';
import { ROOT } from './pages.mjs';

const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

/** mark.js as commonly used for a list of names: whole phrases, across inline elements. */
export const MARK_OPTIONS = { acrossElements: true, separateWordSearch: false, diacritics: false };
/** The JS heap after a forced GC barely varies between runs: measured in the first two (and the page's long tasks). */
export const HEAP_RUNS = 2;

/** Fills each page's `runs` (and each scaling row's) in `runs` rounds, in the contexts of each build. */
export async function measureRounds({ contexts, plain, references, selected, scalingPages, scaling, runs, urlOf, aliases, log }) {
  const markSource = await readFile(MARK_JS, 'utf8');
  // A page whose count never came is not waited for as long again.
  const badgeMisses = new Map();
  const extRun = async (ctx, p, round) => {
    const slow = (badgeMisses.get(p.id) ?? 0) > 0;
    const r = await runWithExtension(ctx, urlOf(p.path), { hasOped: p.hasOped, badgeTimeoutMs: slow ? 3000 : 15_000, heap: round < HEAP_RUNS, details: round < HEAP_RUNS });
    if (p.hasOped && r.badge == null) badgeMisses.set(p.id, (badgeMisses.get(p.id) ?? 0) + 1);
    return r;
  };
  // Warm-up: first loads compile and cache things no later load pays for.
  log('warming up');
  for (const [name, ctx] of Object.entries(contexts)) {
    // A reference script reports no count to wait for.
    await runWithExtension(ctx, urlOf('/synthetic/oped-1x.html'), { hasOped: !name.startsWith('ref-') });
    await runWithExtension(ctx, urlOf('/corpus/guardian-1/source.html'), { hasOped: false });
  }
  await runWithout(plain, urlOf('/synthetic/oped-1x.html'), { markSource, aliases, markOptions: MARK_OPTIONS });
  await runWithout(plain, urlOf('/corpus/guardian-1/source.html'), { markSource, aliases: null, markOptions: MARK_OPTIONS });

  // 4. Rounds: every page once per round, so slow drift (other work on the machine) spreads
  // over all pages alike. With and without the extension alternate which goes first.
  for (let r = 0; r < runs; r++) {
    const round = selected.filter((p) => r < p.maxRuns);
    log(`round ${r + 1}/${runs}: ${round.length} pages`);
    for (const p of round) {
      const pageStart = Date.now();
      const withMark = r < p.markRuns;
      const doPlain = () => runWithout(plain, urlOf(p.path), { markSource, aliases: withMark ? aliases : null, markOptions: MARK_OPTIONS, heap: r < HEAP_RUNS, details: r < HEAP_RUNS });
      if (r % 2 === 0) {
        p.runs.ext.push(await extRun(contexts.normal, p, r));
        p.runs.plain.push(await doPlain());
      } else {
        p.runs.plain.push(await doPlain());
        p.runs.ext.push(await extRun(contexts.normal, p, r));
      }
      if (p.group !== 'synthetic') {
        // The references on the same page, in an order that rotates with the round.
        const names = Object.keys(references);
        for (let k = 0; k < names.length; k++) {
          const name = names[(k + r) % names.length];
          const res = await runWithExtension(contexts[`ref-${name}`], urlOf(p.path), { hasOped: false, heap: false, details: false });
          (p.runs.refs[name] ??= []).push(res.trace?.scriptCpuMs ?? null);
        }
      }
      if (process.env.BENCH_VERBOSE) log(`  ${p.id}: ${Date.now() - pageStart} ms`);
    }
    // Dataset scaling: the same page with the three builds back to back, in rotating order.
    const variants = ['normal', 'x10', 'x100'];
    for (const page of scalingPages) {
      for (let k = 0; k < 3; k++) {
        const variant = variants[(k + r) % 3];
        const row = scaling.find((s) => s.page === page.id && s.variant === variant);
        row.runs.push(await extRun(contexts[variant], page, r));
      }
    }
  }
}
