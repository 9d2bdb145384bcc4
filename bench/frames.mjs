// What the every-frame gate costs each frame: `node bench/frames.mjs [--runs N]` (default 10).
//
// Loads two pages in headless Chromium with the built extension (.output/chrome-mv3, or
// BACKSTORY_EXTENSION_DIR), both with their frames on a second origin:
//   /ads    an unrelated article with six ad slots (300×250 … 300×1050), each showing the op-ed:
//           the worst case for an ad frame, since the full gate would pass there;
//   /large  the same article with one 1000×700 frame showing a real news page without the op-ed
//           (a frame big enough to pay the full gate) and one showing the op-ed (gate → annotator).
// A trace of each load gives gate.js's EvaluateScript per frame (thread CPU and wall, which hold
// all of the gate's synchronous work), for the build and for the same build with an empty gate.js
// (the floor any content script costs). Prints medians per kind of frame.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchWithExtension, serve } from '../scripts/browser.mjs';
import { referenceScripts } from './reference-scripts.mjs';
import { median } from './stats.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION = process.env.BACKSTORY_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');
const CORPUS = path.join(ROOT, 'tests/fixtures/corpus');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 10;
const AD_SLOTS = [[300, 250], [336, 280], [728, 90], [970, 250], [300, 600], [300, 1050]];
const UNRELATED = '<p>The Brussels transport authority announced on Monday that the tram line first opened in 1988 will close for three months of repairs, with buses replacing trams between the city centre and the northern suburbs.</p>'.repeat(3);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const frame = (src, w, h) => `<iframe src="${src}" width="${w}" height="${h}" style="border:0;display:block"></iframe>`;
const page = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tram line to close</title></head><body><article><h1>Tram line to close</h1>${UNRELATED}</article>${body}</body></html>`;

const other = await serve({ '/corpus/': CORPUS });
const top = await serve({}, async (url, res) => {
  const oped = `${other.url}/corpus/bbc-1/oped.html`;
  const html = url.pathname === '/ads' ? page(AD_SLOTS.map(([w, h]) => frame(`${oped}?${w}x${h}`, w, h)).join(''))
    : url.pathname === '/large' ? page(frame(`${other.url}/corpus/bbc-1/source.html`, 1000, 700) + frame(oped, 1000, 700))
    : null;
  if (html === null) return false;
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(html);
  return true;
});

/** Loads `url` under a trace; resolves to gate.js's cost in each frame, keyed by the frame's URL. */
async function load(context, url) {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: ['devtools.timeline'] } });
  await tab.goto(url, { waitUntil: 'load' });
  await sleep(1500); // document_idle in every frame, and the op-ed frame's annotator
  await cdp.send('Tracing.end');
  await done;
  await tab.close();
  const frameUrl = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if ((e.name === 'CommitLoad' || e.name === 'FrameCommittedInBrowser') && d?.frame && d.url) frameUrl.set(d.frame, d.url);
  }
  const gate = (e) => /^chrome-extension:\/\/[^/]+\/gate\.js$/.test(e.args?.data?.url ?? e.args?.fileName ?? '');
  const perFrame = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !gate(e)) continue;
    if (e.name === 'EvaluateScript') {
      const key = frameUrl.get(e.args.data.frame) ?? e.args.data.frame;
      const f = perFrame.get(key) ?? { cpuUs: 0, wallUs: 0, runs: 0 };
      f.cpuUs += e.tdur ?? e.dur;
      f.wallUs += e.dur;
      f.runs += 1;
      perFrame.set(key, f);
    }
  }
  return { perFrame };
}

/** The kind of frame a URL is, for the report. */
function kindOf(url, pageUrl) {
  if (url === pageUrl) return 'top frame (unrelated article: full gate, no annotator)';
  if (url.includes('source.html')) return 'large frame, news page without the op-ed (full gate)';
  if (/\?\d+x\d+$/.test(url)) return 'ad-sized frame with the op-ed (size check only)';
  return 'large frame with the op-ed (gate, then asks for the annotator)';
}

/** Loads both pages RUNS times with the extension in `dir`; gate.js's samples by kind of frame. */
async function measure(dir) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'backstory-bench-frames-'));
  const { context } = await launchWithExtension(dir, { userDataDir });
  const samples = {};
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const p of ['/ads', '/large']) {
        const url = `${top.url}${p}`;
        for (const [frameUrl, f] of (await load(context, url)).perFrame) {
          const s = (samples[kindOf(frameUrl, url)] ??= { cpuUs: [], wallUs: [], frames: 0 });
          s.cpuUs.push(f.cpuUs);
          s.wallUs.push(f.wallUs);
          s.frames += f.runs;
        }
      }
    }
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
  return samples;
}

// The floor: the same build with gate.js replaced by the benchmark's empty reference script, i.e.
// what Chromium charges for running any content script in a frame.
const emptyDir = await mkdtemp(path.join(os.tmpdir(), 'backstory-bench-empty-'));
await cp(EXTENSION, emptyDir, { recursive: true });
await writeFile(path.join(emptyDir, 'gate.js'), referenceScripts([]).empty.code);
let gate;
let empty;
try {
  gate = await measure(EXTENSION);
  empty = await measure(emptyDir);
} finally {
  await rm(emptyDir, { recursive: true, force: true });
  await top.close();
  await other.close();
}

console.log(`gate.js per frame, ${RUNS} loads of each page, medians (µs); "empty" is a content script that does nothing\n`);
console.log('| Frame | gate runs | gate CPU | gate wall | empty CPU | empty wall |\n| --- | --- | --- | --- | --- | --- |');
for (const [kind, s] of Object.entries(gate)) {
  const e = empty[kind];
  console.log(`| ${kind} | ${s.frames} | ${Math.round(median(s.cpuUs))} | ${Math.round(median(s.wallUs))} | ${e ? Math.round(median(e.cpuUs)) : '–'} | ${e ? Math.round(median(e.wallUs)) : '–'} |`);
}
