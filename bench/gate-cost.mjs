#!/usr/bin/env node
// `node bench/gate-cost.mjs [--base REV] [--rounds N]`: what the every-page gate's decision costs,
// before (REV, default the commit before shadow-DOM support) and now, timed in the page itself on
// the 30 corpus pages without the op-ed (ordinary pages) and the 30 with it. Both versions run in
// one Chromium on the same loaded page, alternating, so the machine's load affects them alike.
// The working tree's decision is today's gate (the `p` lead, substring searches for the subject's
// names; shadow roots and other paragraph forms are left to the annotator). A section front of 1,500
// teasers (about 7,500 elements) titled "Iran – latest news" and "Football – latest news" times pages
// with no article.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium, serve } from '../scripts/browser.mjs';
import { CORPUS_DIR, ROOT } from './pages.mjs';

const args = process.argv.slice(2);
const base = args.includes('--base') ? args[args.indexOf('--base') + 1] : 'c8a5758~1';
const rounds = args.includes('--rounds') ? Number(args[args.indexOf('--rounds') + 1]) : 15;
const CALLS = 400;

/** The gate's decision as an IIFE: `globalThis[name]()` → true when it would ask for the annotator. */
async function bundle(dir, name, current) {
  const entry = path.join(tmp, `entry-${name}.ts`); // written to the temporary folder, never the tree
  const lib = path.join(dir, 'lib/article');
  writeFileSync(entry, current
    ? `import { paragraphLead } from '${lib}/article-lead.ts';
import { mentionsSubject, titleNamesSubject } from '${lib}/mentions-subject.ts';
(globalThis as any).${name} = () => { const lead = paragraphLead(document); return lead === null ? titleNamesSubject(document) : mentionsSubject(document, lead); };`
    : `import { articleLead } from '${lib}/is-probably-article.ts';
import { mentionsSubject } from '${lib}/mentions-subject.ts';
(globalThis as any).${name} = () => { const lead = articleLead(document); return lead !== null && mentionsSubject(document, lead); };`);
  const out = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, minify: true });
  return out.outputFiles[0].text;
}

/** In the page: median microseconds per call of each gate, over alternating rounds. */
function timeHere({ rounds, calls }) {
  const g = globalThis;
  const per = { before: [], now: [] };
  for (let i = 0; i < 10; i++) { g.gateBefore(); g.gateNow(); }
  for (let r = 0; r < rounds; r++) {
    for (const [key, fn] of r % 2 ? [['now', g.gateNow], ['before', g.gateBefore]] : [['before', g.gateBefore], ['now', g.gateNow]]) {
      const t0 = performance.now();
      for (let i = 0; i < calls; i++) fn();
      per[key].push(((performance.now() - t0) * 1000) / calls);
    }
  }
  const med = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  return { before: med(per.before), now: med(per.now), verdict: [g.gateBefore(), g.gateNow()] };
}

/** A section front: many short teasers, no article; about 7,500 elements. */
function sectionFront(title) {
  const teasers = Array.from({ length: 1500 }, (_, i) =>
    `<div class="teaser"><h3><a href="/story/${i}">Headline number ${i}</a></h3><p>A short summary of story ${i}.</p><span>${i} min ago</span></div>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${teasers.join('')}</main></body></html>`;
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'backstory-gate-'));
try {
  // The base revision's two files only (git show), so no worktree is created.
  mkdirSync(path.join(tmp, 'lib/article'), { recursive: true });
  for (const f of ['is-probably-article.ts', 'mentions-subject.ts']) {
    writeFileSync(path.join(tmp, 'lib/article', f), execFileSync('git', ['show', `${base}:lib/article/${f}`], { cwd: ROOT }));
  }
  const before = await bundle(tmp, 'gateBefore', false);
  const now = await bundle(ROOT, 'gateNow', true);
  const manifest = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8'));
  const server = await serve({ '/corpus/': CORPUS_DIR }, (url, res) => {
    const m = url.pathname.match(/^\/front\/(\w+)$/);
    if (!m) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(sectionFront(m[1] === 'iran' ? 'Iran – latest news' : 'Football – latest news'));
    return true;
  });
  const pages = [
    ...manifest.map(({ file, hasOped }) => ({ url: `/corpus/${file}`, file, group: hasOped ? 'op-ed' : 'ordinary' })),
    { url: '/front/other', file: 'section front', group: 'no article, subject not in title' },
    { url: '/front/iran', file: 'section front', group: 'no article, "Iran" in title' },
  ];
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  const rows = [];
  for (const { url, file, group } of pages) {
    const page = await browser.newPage();
    await page.goto(`${server.url}${url}`, { waitUntil: 'load' });
    await page.addScriptTag({ content: before });
    await page.addScriptTag({ content: now });
    rows.push({ file, group, ...(await page.evaluate(timeHere, { rounds, calls: CALLS })) });
    await page.close();
  }
  await browser.close();
  await server.close();
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const fmt = (us) => `${us.toFixed(1)} µs`;
  console.log(`Gate decision per call, median of ${rounds} rounds × ${CALLS} calls, in Chromium (base ${base})\n`);
  console.log('| Pages | n | before (median) | now (median) | now / before | max extra on one page | verdicts changed |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const group of ['ordinary', 'op-ed', 'no article, subject not in title', 'no article, "Iran" in title']) {
    const g = rows.filter((r) => r.group === group);
    const extra = Math.max(...g.map((r) => r.now - r.before));
    const changed = g.filter((r) => r.verdict[0] !== r.verdict[1]).length;
    console.log(`| ${group} | ${g.length} | ${fmt(med(g.map((r) => r.before)))} | ${fmt(med(g.map((r) => r.now)))} | ${med(g.map((r) => r.now / r.before)).toFixed(2)}× | ${fmt(extra)} | ${changed} |`);
  }
  if (args.includes('--rows')) for (const r of rows) console.log(r.group, r.file, fmt(r.before), fmt(r.now));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
