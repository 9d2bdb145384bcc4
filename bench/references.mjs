#!/usr/bin/env node
// `npm run bench:references`: what the platform itself charges, measured in the same harness and
// the same run as Backstory, so the benchmark's targets can be read against the lowest cost any
// extension with a content script can have here.
//
//   node bench/references.mjs [--runs N] [--only REGEX]
//
// On every corpus template (with and without the op-ed) it loads the page with four builds that
// differ only in the every-page content script (gate.js): Backstory's own, and the reference
// scripts of bench/reference-scripts.mjs (empty; the message listener alone; the naive
// TreeWalker + indexOf annotator). It measures each like `npm run bench` does (trace CPU time of
// the extension's script events) and the floor (one TreeWalker pass, page without extension).
// Prints Markdown and writes bench-results/references.json and docs/bench-references.md.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serve } from '../scripts/browser.mjs';
import { buildExtension } from './build.mjs';
import { allAliases, DATASET_FILE } from './datasets.mjs';
import { launchExtContext, launchPlainContext } from './contexts.mjs';
import { runWithExtension, runWithout } from './measure.mjs';
import { CORPUS_DIR, ROOT } from './pages.mjs';
import { referenceBuilds, referenceScripts } from './reference-scripts.mjs';
import { fmt, fmtX, median, ratio } from './stats.mjs';

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

function parseArgs(argv) {
  const args = { runs: 3, only: null };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--only') args.only = new RegExp(argv[++i]);
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'backstory-refs-'));
  const contexts = {};
  let plain = null;
  let server = null;
  try {
    log('building the extension');
    const built = await buildExtension(path.join(tmp, 'backstory'), null);
    const aliases = allAliases(JSON.parse(await readFile(DATASET_FILE, 'utf8')));
    const refs = referenceScripts(aliases);
    const dirs = { backstory: built, ...(await referenceBuilds(built, tmp, aliases)) };
    for (const [name, dir] of Object.entries(dirs)) contexts[name] = await launchExtContext(dir);
    plain = await launchPlainContext();
    server = await serve({ '/corpus/': CORPUS_DIR });
    const manifest = JSON.parse(await readFile(path.join(CORPUS_DIR, 'manifest.json'), 'utf8'));
    const pages = manifest
      .map((e) => ({ id: e.file.replace(/\.html$/, ''), path: `/corpus/${e.file}`, hasOped: e.hasOped, cpu: {}, floor: [] }))
      .filter((p) => !args.only || args.only.test(p.id));
    let seq = 0;
    const urlOf = (p) => `${server.url}${p}?refs=${++seq}`;
    log('warming up');
    for (const ctx of Object.values(contexts)) await runWithExtension(ctx, urlOf('/corpus/guardian-1/oped.html'), { hasOped: false, heap: false, details: false });
    const names = Object.keys(dirs);
    for (let r = 0; r < args.runs; r++) {
      log(`[${((Date.now() - started) / 1000).toFixed(0)}s] round ${r + 1}/${args.runs}: ${pages.length} pages × ${names.length + 1} browsers`);
      for (const p of pages) {
        // Rotate the order so drift on a shared machine spreads over all variants alike.
        for (let k = 0; k < names.length; k++) {
          const name = names[(k + r) % names.length];
          // Only Backstory reports a count to wait for; the references settle on quiet counters.
          const res = await runWithExtension(contexts[name], urlOf(p.path), { hasOped: name === 'backstory' && p.hasOped, heap: false, details: false });
          (p.cpu[name] ??= []).push(res.trace?.scriptCpuMs ?? null);
        }
        const without = await runWithout(plain, urlOf(p.path), { heap: false, details: false });
        p.floor.push(without.floor.cpuMs);
      }
    }
    const rows = [];
    for (const group of [false, true]) {
      const inGroup = pages.filter((p) => p.hasOped === group);
      if (!inGroup.length) continue;
      const floor = median(inGroup.map((p) => median(p.floor)));
      const row = { group: group ? 'op-ed pages' : 'pages without the op-ed', pages: inGroup.length, floorMs: floor, variants: {} };
      for (const name of names) {
        const ms = median(inGroup.map((p) => median(p.cpu[name])));
        row.variants[name] = { ms, overFloor: median(inGroup.map((p) => ratio(median(p.cpu[name]), median(p.floor)))) };
      }
      rows.push(row);
    }
    const md = render(rows, refs, names, args, Date.now() - started);
    process.stdout.write(md);
    await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(path.join(ROOT, 'bench-results/references.json'), JSON.stringify({ date: new Date().toISOString(), runs: args.runs, rows, pages }, null, 1));
    if (!args.only) await writeFile(path.join(ROOT, 'docs/bench-references.md'), md);
  } finally {
    for (const ctx of Object.values(contexts)) await ctx.close().catch(() => undefined);
    await plain?.close().catch(() => undefined);
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

function render(rows, refs, names, args, ms) {
  const what = { backstory: 'Backstory as built (gate, and on op-ed pages the annotator)', ...Object.fromEntries(Object.entries(refs).map(([k, v]) => [k, v.what])) };
  const out = [
    '# What any content script costs here',
    '',
    `${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · load average ${os.loadavg().map((x) => x.toFixed(1)).join('/')} at end · ${args.runs} runs per page · ${(ms / 1000).toFixed(0)} s. Produced by \`npm run bench:references\`.`,
    '',
    'Extension script time (trace thread CPU, as in `npm run bench`), median over the pages of each group; the floor is one TreeWalker pass over the same page, measured in the same run.',
    '',
    `| Content script | What it does | ${rows.map((r) => `${r.group} (${r.pages}): ms / × floor`).join(' | ')} |`,
    `| --- | --- | ${rows.map(() => '---:').join(' | ')} |`,
  ];
  for (const name of names) {
    out.push(`| ${name} | ${what[name]} | ${rows.map((r) => `${fmt(r.variants[name].ms)} / ${fmtX(r.variants[name].overFloor)}`).join(' | ')} |`);
  }
  out.push(`| floor | one TreeWalker pass (page script, no extension) | ${rows.map((r) => `${fmt(r.floorMs)} / 1×`).join(' | ')} |`, '');
  return `${out.join('\n')}\n`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
