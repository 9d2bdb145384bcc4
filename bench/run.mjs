#!/usr/bin/env node
// `npm run bench`: Backstory's performance benchmark in headless Chromium.
//
//   node bench/run.mjs [--quick] [--runs N] [--only REGEX]
//   BENCH_RUNS=N (default 5; --quick: 2)
//
// Builds the extension (bundled dataset, and datasets grown 10× and 100×) into a temporary
// folder, loads the corpus and synthetic pages with and without it, and prints a Markdown table
// plus the targets with PASS/FAIL. Writes bench-results/bench.json, docs/bench.md and
// docs/bench-plot.svg. Exits 0 when targets fail (it reports; it is not a test), 1 when the
// harness itself fails. See bench/README.md for the method.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../scripts/browser.mjs';
import { buildExtension, bundleSizes } from './build.mjs';
import { allAliases, DATASET_FILE, grownDataset } from './datasets.mjs';
import { launchExtContext, launchPlainContext } from './contexts.mjs';
import { runWithExtension, runWithout } from './measure.mjs';
import { profileWithExtension } from './profile.mjs';
import { CORPUS_DIR, OPED_CHARS, ROOT, serveBenchPages } from './pages.mjs';
import { referenceBuilds, referenceScripts } from './reference-scripts.mjs';
import { renderMarkdown, renderSvg } from './report.mjs';
import { summarisePage } from './summaries.mjs';
import { evaluateTargets } from './targets.mjs';

const MARK_JS = path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js');
/** Pages over this size load for seconds: they get at most HEAVY_RUNS runs. */
const HEAVY_BYTES = 1 << 20;
const HEAVY_RUNS = 3;
/** The JS heap after a forced GC barely varies between runs: measured in the first two (and the page's long tasks). */
const HEAP_RUNS = 2;
/** mark.js as commonly used for a list of names: whole phrases, across inline elements. */
export const MARK_OPTIONS = { acrossElements: true, separateWordSearch: false, diacritics: false };

function parseArgs(argv) {
  const args = { quick: false, runs: null, only: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--only') args.only = new RegExp(argv[++i]);
    else if (a === '--help' || a === '-h') {
      console.log('node bench/run.mjs [--quick] [--runs N] [--only REGEX]   (env BENCH_RUNS, default 5)');
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  const fromEnv = Number(process.env.BENCH_RUNS);
  args.runs ??= Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : args.quick ? 2 : 5;
  if (!(args.runs >= 1)) throw new Error('runs must be at least 1');
  return args;
}

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)}s`;
  const loadStart = os.loadavg();
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error('No Chromium found (set CHROME_PATH).');
  const chromiumVersion = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8' }).trim();
  log(`bench: ${args.runs} runs per page${args.quick ? ' (quick)' : ''}; ${chromiumVersion}; load average ${loadStart.map((x) => x.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);

  // 1. Builds: bundled dataset, 10× and 100× datasets, and an unminified build for the profiles.
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'backstory-bench-'));
  tmpDir = tmp;
  const bundled = JSON.parse(await readFile(DATASET_FILE, 'utf8'));
  const datasets = { normal: { factor: 1, file: null, data: bundled } };
  for (const factor of [10, 100]) {
    const data = grownDataset(factor);
    const file = path.join(tmp, `dataset-x${factor}.json`);
    await writeFile(file, JSON.stringify(data));
    datasets[`x${factor}`] = { factor, file, data };
  }
  const builds = {};
  for (const [name, d] of Object.entries(datasets)) {
    log(`[${elapsed()}] building extension with the ${name === 'normal' ? 'bundled' : name} dataset (${d.data.entries.length} entries)`);
    builds[name] = await buildExtension(path.join(tmp, name), d.file);
  }
  // The reference content scripts (bench/reference-scripts.mjs): the normal build with only gate.js
  // replaced, measured on the corpus pages in the same rounds, so every target is a ratio within one run.
  const aliases = allAliases(bundled);
  const references = await referenceBuilds(builds.normal, tmp, aliases);
  log(`[${elapsed()}] building an unminified copy for the profiles`);
  builds.diagnostic = await buildExtension(path.join(tmp, 'diagnostic'), null, { minify: false });
  const sizes = await bundleSizes(builds.normal);
  const scaledSizes = {
    x10: await bundleSizes(builds.x10),
    x100: await bundleSizes(builds.x100),
  };

  // 2. Pages: the corpus (op-ed and source forms) and the synthetic pages.
  const { server, synthetic } = await serveBenchPages();
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
  // mark.js makes one pass over the page per alias: minutes on the 5 MB and 100,000-element pages.
  const SYNTHETIC_MARK_RUNS = { 'oped-1x': 3, 'oped-article-10x': 3, 'oped-page-10x': 3, 'oped-article-100x': 1, 'oped-page-100x': 1 };
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

  // 3. Browsers: one per build, and one without the extension. Same flags, same viewport.
  log(`[${elapsed()}] launching Chromium (with the extension ×3 datasets, the three reference scripts, and without it)`);
  const contexts = {};
  contexts.normal = await launchExtContext(builds.normal);
  if (scaling.length) {
    contexts.x10 = await launchExtContext(builds.x10);
    contexts.x100 = await launchExtContext(builds.x100);
  }
  const plain = await launchPlainContext();
  for (const [name, dir] of Object.entries(references)) contexts[`ref-${name}`] = await launchExtContext(dir);
  const markSource = await readFile(MARK_JS, 'utf8');
  let seq = 0;
  const urlOf = (p) => `${server.url}${p}?bench=${++seq}`;
  const badgeMisses = new Map();
  const extRun = async (ctx, p, round) => {
    const slow = (badgeMisses.get(p.id) ?? 0) > 0;
    const r = await runWithExtension(ctx, urlOf(p.path), { hasOped: p.hasOped, badgeTimeoutMs: slow ? 3000 : 15_000, heap: round < HEAP_RUNS, details: round < HEAP_RUNS });
    if (p.hasOped && r.badge == null) badgeMisses.set(p.id, (badgeMisses.get(p.id) ?? 0) + 1);
    return r;
  };

  try {
    // Warm-up: first loads compile and cache things no later load pays for.
    log(`[${elapsed()}] warming up`);
    for (const [name, ctx] of Object.entries(contexts)) {
      // A reference script reports no count to wait for.
      await runWithExtension(ctx, urlOf('/synthetic/oped-1x.html'), { hasOped: !name.startsWith('ref-') });
      await runWithExtension(ctx, urlOf('/corpus/guardian-1/source.html'), { hasOped: false });
    }
    await runWithout(plain, urlOf('/synthetic/oped-1x.html'), { markSource, aliases, markOptions: MARK_OPTIONS });
    await runWithout(plain, urlOf('/corpus/guardian-1/source.html'), { markSource, aliases: null, markOptions: MARK_OPTIONS });

    // 4. Rounds: every page once per round, so slow drift (other work on the machine) spreads
    // over all pages alike. With and without the extension alternate which goes first.
    for (let r = 0; r < args.runs; r++) {
      const round = selected.filter((p) => r < p.maxRuns);
      log(`[${elapsed()}] round ${r + 1}/${args.runs}: ${round.length} pages`);
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

    // 5. Diagnostics: where the extension's time goes, from sampled profiles of an unminified build.
    log(`[${elapsed()}] profiling (unminified build)`);
    for (const ctx of Object.keys(contexts)) await contexts[ctx].close();
    for (const k of Object.keys(contexts)) delete contexts[k];
    const diag = await launchExtContext(builds.diagnostic);
    const diagnostics = [];
    try {
      for (const [pathname, hasOped] of [['/corpus/guardian-1/source.html', false], ['/corpus/guardian-1/oped.html', true], ['/synthetic/oped-article-100x.html', true]]) {
        await profileWithExtension(diag, urlOf(pathname), { hasOped }); // warm
        const prof = await profileWithExtension(diag, urlOf(pathname), { hasOped });
        diagnostics.push({ page: pathname, ...prof, url: undefined });
      }
    } finally {
      await diag.close();
    }

    // 6. Summaries, targets, output.
    const summaries = selected.map((p) => summarisePage(p));
    const scalingSummary = scaling.map((s) => ({ ...summarisePage({ ...s, id: s.page, runs: { ext: s.runs, plain: [] } }), variant: s.variant, entries: datasets[s.variant].data.entries.length }));
    const loadEnd = os.loadavg();
    const results = {
      meta: {
        date: new Date().toISOString(),
        chromium: chromiumVersion,
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        loadAverageStart: loadStart,
        loadAverageEnd: loadEnd,
        runs: args.runs,
        heavyRuns: HEAVY_RUNS,
        quick: args.quick,
        only: args.only?.source ?? null,
        durationS: (Date.now() - started) / 1000,
        markJs: { version: '8.11.1', options: MARK_OPTIONS, aliases: aliases.length },
        references: Object.fromEntries(Object.entries(referenceScripts(aliases)).map(([k, v]) => [k, v.what])),
        datasets: Object.fromEntries(Object.entries(datasets).map(([k, d]) => [k, { entries: d.data.entries.length, aliases: allAliases(d.data).length }])),
        opedChars: OPED_CHARS,
      },
      sizes: { normal: sizes, ...scaledSizes },
      pages: summaries,
      scaling: scalingSummary,
      diagnostics,
      raw: {
        pages: selected.map((p) => ({ id: p.id, runs: p.runs })),
        scaling: scaling.map((s) => ({ page: s.page, variant: s.variant, runs: s.runs })),
      },
    };
    results.targets = evaluateTargets(results);
    const markdown = renderMarkdown(results);
    console.log(markdown);
    await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(path.join(ROOT, 'bench-results/bench.json'), `${JSON.stringify(results, null, 1)}\n`);
    if (!args.only) {
      await mkdir(path.join(ROOT, 'docs'), { recursive: true });
      await writeFile(path.join(ROOT, 'docs/bench.md'), `${markdown}\n`);
      await writeFile(path.join(ROOT, 'docs/bench-plot.svg'), renderSvg(results));
    }
    log(`[${elapsed()}] wrote bench-results/bench.json${args.only ? '' : ', docs/bench.md, docs/bench-plot.svg'}`);
  } finally {
    for (const ctx of Object.values(contexts)) await ctx.close().catch(() => undefined);
    await plain.close().catch(() => undefined);
    await server.close();
  }
}

/** The temporary folder of builds and datasets, removed however the run ends. */
let tmpDir = null;
const cleanup = () => (tmpDir ? rm(tmpDir, { recursive: true, force: true }) : Promise.resolve());

main().then(cleanup, async (error) => {
  console.error(error?.stack ?? error);
  await cleanup();
  process.exit(1);
});
