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
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../scripts/browser.mjs';
import { prepareBuilds } from './builds.mjs';
import { allAliases } from './datasets.mjs';
import { launchExtContext, launchPlainContext } from './contexts.mjs';
import { OPED_CHARS, ROOT, serveBenchPages } from './pages.mjs';
import { HEAVY_RUNS, planPages } from './plan.mjs';
import { profileDiagnostics } from './profile.mjs';
import { referenceScripts } from './reference-scripts.mjs';
import { renderSvg } from './plot.mjs';
import { renderMarkdown } from './report.mjs';
import { MARK_OPTIONS, measureRounds } from './rounds.mjs';
import { summarisePage } from './summaries.mjs';
import { evaluateTargets } from './targets.mjs';

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

  // 1. Builds: bundled dataset, 10× and 100× datasets, the reference scripts, an unminified copy.
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'backstory-bench-'));
  tmpDir = tmp;
  const { datasets, builds, references, aliases, sizes, scaledSizes } = await prepareBuilds(tmp, (m) => log(`[${elapsed()}] ${m}`));

  // 2. Pages: the corpus (op-ed and source forms) and the synthetic pages.
  const { server, synthetic } = await serveBenchPages();
  const { selected, scalingPages, scaling } = await planPages(args, synthetic);

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
  let seq = 0;
  const urlOf = (p) => `${server.url}${p}?bench=${++seq}`;

  try {
    await measureRounds({ contexts, plain, references, selected, scalingPages, scaling, runs: args.runs, urlOf, aliases, log: (m) => log(`[${elapsed()}] ${m}`) });

    // 5. Diagnostics: where the extension's time goes, from sampled profiles of an unminified build.
    log(`[${elapsed()}] profiling (unminified build)`);
    for (const ctx of Object.keys(contexts)) await contexts[ctx].close();
    for (const k of Object.keys(contexts)) delete contexts[k];
    const diagnostics = await profileDiagnostics(builds.diagnostic, urlOf);

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
