#!/usr/bin/env node
// `npm run bench:first-touch [-- --rounds N]`: what each first touch of the page costs a content
// script in its fresh isolated world: the document, its title, the first element, paragraph text, an
// XPath query, a MutationObserver, the extension API. The gate's cost is mostly such first touches,
// which no arrangement of its own code can avoid; this prints how much of the empty content script's
// cost each one is. A probe replaces gate.js in a copy of the build and times each step with
// performance.now() on pages served cross-origin isolated (5 µs timers instead of 100 µs); steps run
// in the gate's own order, so each row is what that step adds after the ones above it.
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { buildExtension } from './build.mjs';
import { launchExtContext } from './contexts.mjs';
import { CORPUS_DIR, ROOT } from './pages.mjs';
import { median } from './stats.mjs';
import { serve } from '../scripts/browser.mjs';

const args = process.argv.slice(2);
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 3;

/** The probe: the gate's reads as separate timed steps, results left on the root element for the runner. */
const PROBE = `
import { paragraphLead } from '${ROOT}/lib/article/article-lead.ts';
import { namesSubject } from '${ROOT}/lib/article/mentions-subject.ts';
const times: Record<string, number> = {};
let last = performance.now();
const step = (name: string, run: () => unknown) => { run(); const now = performance.now(); times[name] = now - last; last = now; };
let lead: string | null = null;
step('document (first access)', () => document);
step('document.title', () => document.title);
step('title tested for the names', () => namesSubject(document.title));
step('first p element (wrapper)', () => document.getElementsByTagName('p')[0]);
step('lead paragraphs read', () => { lead = paragraphLead(document); });
step('lead tested for the names', () => namesSubject(lead ?? ''));
step('first h1 text', () => document.getElementsByTagName('h1')[0]?.textContent);
step('MutationObserver on the page', () => new MutationObserver(() => {}).observe(document.documentElement, { childList: true, subtree: true }));
step('XPath: first h1 as a string', () => document.evaluate('string((//h1)[1])', document, null, 2, null).stringValue);
step('extension API (runtime.id)', () => ((globalThis as any).chrome).runtime.id);
setTimeout(() => document.documentElement.setAttribute('data-first-touch', JSON.stringify(times)), 0);
`;

/** The headers that make a page cross-origin isolated, so its timers are fine-grained. */
const ISOLATED = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'credentialless' };

const tmp = await mkdtemp(path.join(os.tmpdir(), 'backstory-first-touch-'));
try {
  const dir = await buildExtension(path.join(tmp, 'build'), null);
  const entry = path.join(tmp, 'probe.ts');
  writeFileSync(entry, PROBE);
  const probe = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, minify: true });
  writeFileSync(path.join(dir, 'gate.js'), probe.outputFiles[0].text);
  const ext = await launchExtContext(dir);
  const server = await serve({ '/isolated/': CORPUS_DIR }, null, { headers: ISOLATED });
  const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')).filter((e) => !e.hasOped);
  const perStep = new Map();
  let isolatedPages = 0;
  for (let r = 0; r < rounds; r++) {
    for (const { file } of manifest) {
      const page = await ext.context.newPage();
      await page.goto(`${server.url}/isolated/${file}?round=${r}`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-first-touch'), null, { timeout: 5000 });
      if (await page.evaluate(() => crossOriginIsolated)) isolatedPages++;
      const times = JSON.parse(await page.evaluate(() => document.documentElement.getAttribute('data-first-touch')));
      for (const [name, ms] of Object.entries(times)) perStep.set(name, [...(perStep.get(name) ?? []), ms * 1000]);
      await page.close();
    }
  }
  await ext.context.close();
  await server.close();
  console.log(`First touches in a content script's isolated world, ${manifest.length} corpus pages without the op-ed × ${rounds} rounds`);
  console.log(`(${isolatedPages} of ${manifest.length * rounds} loads cross-origin isolated); each row is what the step adds after the rows above it.\n`);
  console.log('| Step | median µs | 90th percentile µs |');
  console.log('| --- | ---: | ---: |');
  for (const [name, us] of perStep) {
    const sorted = [...us].sort((a, b) => a - b);
    console.log(`| ${name} | ${median(us).toFixed(0)} | ${sorted[Math.floor(sorted.length * 0.9)].toFixed(0)} |`);
  }
} finally {
  await rm(tmp, { recursive: true, force: true });
}
