// Builds the extension for the benchmark into a temporary folder, with the bundled dataset or
// another one (BACKSTORY_DATASET). Uses bench/wxt.bench.config.ts, which is the project's own
// config with another outDir, so .output/ (used by other people's tests) is never touched.
import { execFile } from 'node:child_process';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './pages.mjs';

const WXT = path.join(ROOT, 'node_modules/.bin/wxt');

/** Builds Chrome MV3 into `outDir`/chrome-mv3 and resolves to that folder. */
export function buildExtension(outDir, datasetFile, { minify = true } = {}) {
  const env = { ...process.env, BENCH_OUT_DIR: outDir };
  if (minify) delete env.BENCH_NO_MINIFY;
  else env.BENCH_NO_MINIFY = '1';
  if (datasetFile) env.BACKSTORY_DATASET = datasetFile;
  else delete env.BACKSTORY_DATASET;
  return new Promise((resolve, reject) => {
    execFile(WXT, ['build', '-c', 'bench/wxt.bench.config.ts'], { cwd: ROOT, env, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      restoreGeneratedTsconfig(outDir).finally(() => {
        if (error) reject(new Error(`wxt build failed (dataset ${datasetFile ?? 'bundled'}):\n${stdout}\n${stderr}`));
        else resolve(path.join(outDir, 'chrome-mv3'));
      });
    });
  });
}

/**
 * WXT writes the build's outDir into the generated .wxt/tsconfig.json ("exclude"); put the
 * project's own (.output) back so a benchmark build leaves nothing of itself behind.
 */
async function restoreGeneratedTsconfig(outDir) {
  const file = path.join(ROOT, '.wxt/tsconfig.json');
  const text = await readFile(file, 'utf8').catch(() => null);
  if (!text) return;
  const ours = JSON.stringify(path.relative(path.dirname(file), outDir));
  if (text.includes(ours)) await writeFile(file, text.split(ours).join(JSON.stringify('../.output')));
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * Sizes of what loads where: the content script and its stylesheet on every page (from the
 * manifest's content_scripts), and the parts the background injects only on article pages.
 */
export async function bundleSizes(extDir) {
  const manifest = JSON.parse(await readFile(path.join(extDir, 'manifest.json'), 'utf8'));
  const file = async (rel) => {
    const buf = await readFile(path.join(extDir, rel));
    return { file: rel, bytes: buf.length, gzip: gz(buf) };
  };
  const everyPage = [];
  for (const cs of manifest.content_scripts ?? []) {
    for (const rel of [...(cs.js ?? []), ...(cs.css ?? [])]) everyPage.push(await file(rel));
  }
  const onArticle = [];
  for (const rel of ['annotator.js', 'card-ui.js']) {
    if (await stat(path.join(extDir, rel)).catch(() => null)) onArticle.push(await file(rel));
  }
  // Chunks the injected parts might import (none today: they are single files).
  const chunks = (await readdir(path.join(extDir, 'chunks')).catch(() => [])).filter((f) => !f.startsWith('popup'));
  for (const c of chunks) onArticle.push(await file(`chunks/${c}`));
  const sum = (list, key) => list.reduce((n, f) => n + f[key], 0);
  return {
    everyPage,
    onArticle,
    everyPageGzip: sum(everyPage, 'gzip'),
    everyPageBytes: sum(everyPage, 'bytes'),
    // The annotator loads when an article about the subject is found; the card UI on first hover.
    annotatorGzip: onArticle.find((f) => f.file === 'annotator.js')?.gzip ?? 0,
    onArticleGzip: sum(onArticle, 'gzip'),
    onArticleBytes: sum(onArticle, 'bytes'),
  };
}
