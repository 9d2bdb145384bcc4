#!/usr/bin/env node
// `npm run bench:compare`: is a change faster? Builds the extension from a git revision (default
// HEAD) and from the working tree, loads the same pages with both in one run, alternating which
// goes first, and prints each page's median extension CPU time and the ratio working tree / base.
// Differences smaller than the machine's noise only show up like this: two separate `npm run
// bench` runs on a shared machine drift by more than most single changes save.
//
//   node bench/compare.mjs [--base REV] [--runs N] [--only REGEX] [--oped-only]
//
// Pages: the 60 corpus pages, plus the synthetic pages of pages.mjs when --only names them
// (e.g. --only 'text-5mb|guardian').
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildExtension } from './build.mjs';
import { launchExtContext } from './contexts.mjs';
import { runWithExtension } from './measure.mjs';
import { CORPUS_DIR, ROOT, serveBenchPages } from './pages.mjs';
import { fmt, fmtX, median, ratio } from './stats.mjs';

const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

function parseArgs(argv) {
  const args = { base: 'HEAD', runs: 5, only: null, opedOnly: false };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base') args.base = argv[++i];
    else if (argv[i] === '--runs') args.runs = Number(argv[++i]);
    else if (argv[i] === '--only') args.only = new RegExp(argv[++i]);
    else if (argv[i] === '--oped-only') args.opedOnly = true;
    else throw new Error(`unknown argument ${argv[i]} (node bench/compare.mjs [--base REV] [--runs N] [--only REGEX] [--oped-only])`);
  }
  return args;
}

/**
 * Exports `rev` into a temporary folder sharing this checkout's node_modules, and builds it. An export
 * (git archive), not a worktree: the repository's own list of worktrees is never touched.
 */
async function buildRevision(rev, tmp) {
  const tree = path.join(tmp, 'base-tree');
  await mkdir(tree);
  execFileSync('sh', ['-c', `git archive "$1" | tar -x -C "$2"`, 'sh', rev, tree], { cwd: ROOT, stdio: 'ignore' });
  await symlink(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  const wxt = path.join(ROOT, 'node_modules/.bin/wxt');
  const outDir = path.join(tmp, 'base');
  execFileSync(wxt, ['build', '-c', 'bench/wxt.bench.config.ts'], { cwd: tree, env: { ...process.env, BENCH_OUT_DIR: outDir }, stdio: 'ignore' });
  return { dir: path.join(outDir, 'chrome-mv3') };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'backstory-compare-'));
  const contexts = {};
  let server = null;
  try {
    log(`building ${args.base} and the working tree`);
    const base = await buildRevision(args.base, tmp);
    const dirs = { base: base.dir, work: await buildExtension(path.join(tmp, 'work'), null) };
    for (const [name, dir] of Object.entries(dirs)) contexts[name] = await launchExtContext(dir);
    const served = await serveBenchPages();
    server = served.server;
    const manifest = JSON.parse(await readFile(path.join(CORPUS_DIR, 'manifest.json'), 'utf8'));
    const page = (id, pathname, hasOped) => ({ id, path: pathname, hasOped, cpu: { base: [], work: [] }, longest: { base: [], work: [] }, highlights: {} });
    const synthetic = Object.entries(served.synthetic)
      .filter(([name]) => args.only?.test(name))
      .map(([name, p]) => page(`synthetic/${name}`, `/synthetic/${name}.html`, p.hasOped));
    const pages = [...manifest.map((e) => page(e.file.replace(/\.html$/, ''), `/corpus/${e.file}`, e.hasOped)), ...synthetic]
      .filter((p) => (!args.only || args.only.test(p.id)) && (!args.opedOnly || p.hasOped));
    let seq = 0;
    const urlOf = (p) => `${server.url}${p}?compare=${++seq}`;
    for (const ctx of Object.values(contexts)) await runWithExtension(ctx, urlOf('/corpus/guardian-1/oped.html'), { hasOped: true, heap: false, details: false });
    const names = Object.keys(dirs);
    for (let r = 0; r < args.runs; r++) {
      log(`round ${r + 1}/${args.runs}: ${pages.length} pages`);
      for (const p of pages) {
        for (let k = 0; k < names.length; k++) {
          const name = names[(k + r) % names.length];
          const res = await runWithExtension(contexts[name], urlOf(p.path), { hasOped: p.hasOped, heap: false, details: false });
          p.cpu[name].push(res.trace?.scriptCpuMs ?? null);
          p.longest[name].push(res.trace?.longestTaskCpuMs ?? null);
          p.highlights[name] = res.highlights.ranges;
        }
      }
    }
    const out = [`Extension CPU ms, median of ${args.runs} runs; base = ${args.base}, work = working tree.`, '', '| Page | base | work | work / base | longest task base / work | highlights base / work |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
    for (const group of [true, false]) {
      const inGroup = pages.filter((p) => p.hasOped === group);
      for (const p of inGroup) {
        const b = median(p.cpu.base);
        const w = median(p.cpu.work);
        out.push(`| ${p.id} | ${fmt(b)} | ${fmt(w)} | ${fmtX(ratio(w, b))} | ${fmt(median(p.longest.base))} / ${fmt(median(p.longest.work))} | ${p.highlights.base} / ${p.highlights.work} |`);
      }
      if (!inGroup.length) continue;
      const b = median(inGroup.map((p) => median(p.cpu.base)));
      const w = median(inGroup.map((p) => median(p.cpu.work)));
      const r = median(inGroup.map((p) => ratio(median(p.cpu.work), median(p.cpu.base))));
      out.push(`| **${group ? 'op-ed pages' : 'pages without the op-ed'} (${inGroup.length})** | ${fmt(b)} | ${fmt(w)} | ${fmtX(r)} | | |`);
    }
    process.stdout.write(`${out.join('\n')}\n`);
  } finally {
    for (const ctx of Object.values(contexts)) await ctx.close().catch(() => undefined);
    await server?.close();
    await rm(tmp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
