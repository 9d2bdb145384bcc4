// One measured page load, with the extension or without it, in headless Chromium.
//
// With the extension: CDP Performance.getMetrics on the page target (ScriptDuration counts every
// script on the renderer's main thread, the extension's isolated world included), a light trace
// (devtools.timeline) for the extension's own script events, its longest task and the first paint
// after the annotator ran, and the JS heap after a forced GC.
// Without the extension: the same metrics (the baseline to subtract), then in the same page the
// floor (one TreeWalker pass collecting the page's text) and mark.js, timed inside the page.
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { CHROMIUM_FLAGS, findChromium, INSTALL_HINT, launchWithExtension } from '../scripts/browser.mjs';

const VIEWPORT = { width: 1280, height: 900 };
/**
 * Trace categories: EvaluateScript, v8.compile, FunctionCall, MarkLoad, Paint (devtools.timeline), and
 * the scheduler's microtask checkpoints (toplevel): extension API callbacks (a storage read, a message
 * reply) run their promise continuations there and emit no devtools.timeline event at all.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel'];
/** The scheduler event in which promise continuations run outside any script event. */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** Checkpoints shorter than this (CPU, µs) ran nothing of ours: the scheduler's empty checkpoints. */
const MICROTASKS_MIN_US = 50;
/** A page counts as settled when ScriptDuration has not moved for this long… */
const QUIET_MS = 80;
/** …and at least this long has passed since the load event (the gate runs at document_idle). */
const MIN_SETTLE_MS = 120;
const POLL_MS = 40;
/** Without the extension nothing runs at document_idle: settle sooner. */
const PLAIN_SETTLE_MS = 50;

const metricsOf = (r) => Object.fromEntries(r.metrics.map((m) => [m.name, m.value]));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts Chromium with the extension in `extDir` and listens to its messages in the service worker. */
export async function launchExtContext(extDir) {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'backstory-bench-ext-'));
  const { context, serviceWorker } = await launchWithExtension(extDir, { viewport: VIEWPORT, userDataDir });
  const ext = {
    context,
    worker: serviceWorker,
    dir: extDir,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
  await ensureListener(ext);
  return ext;
}

/** Starts the same Chromium, same flags, without the extension. */
export async function launchPlainContext() {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'backstory-bench-plain-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless: true,
    viewport: VIEWPORT,
    args: [...CHROMIUM_FLAGS, '--headless=new'],
  });
  return { context, dir, close: async () => { await context.close(); await rm(dir, { recursive: true, force: true }); } };
}

/**
 * Records, in the service worker, every message the extension's content scripts send
 * (inject requests, badge counts) with the sender's URL and time. An extra listener that returns
 * nothing does not change how the extension answers.
 */
async function ensureListener(ext) {
  let worker = ext.worker;
  if (!worker || !ext.context.serviceWorkers().includes(worker)) {
    worker = ext.context.serviceWorkers()[0] ?? (await ext.context.waitForEvent('serviceworker', { timeout: 10_000 }));
    ext.worker = worker;
  }
  // A worker caught as it starts may not have its extension API yet.
  for (let i = 0; i < 100 && !(await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.runtime?.onMessage)); i++) await sleep(50);
  await worker.evaluate(() => {
    if (globalThis.__backstoryBench) return;
    globalThis.__backstoryBench = [];
    chrome.runtime.onMessage.addListener((msg, sender) => {
      globalThis.__backstoryBench.push({ t: Date.now(), type: msg?.type, part: msg?.part, count: msg?.count, url: sender.url });
      return undefined;
    });
  });
}

async function messagesFor(ext, url) {
  try {
    return await ext.worker.evaluate((u) => globalThis.__backstoryBench?.filter((m) => m.url === u) ?? [], url);
  } catch {
    await ensureListener(ext);
    return [];
  }
}

/** Polls ScriptDuration over CDP (no script in the page) until it stops moving. */
async function settle(cdp, loadedAt, extraDone = async () => true, timeoutMs = 20_000, minSettleMs = MIN_SETTLE_MS) {
  let last = -1;
  let quietSince = Date.now();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const m = metricsOf(await cdp.send('Performance.getMetrics'));
    const now = Date.now();
    if (m.ScriptDuration !== last) {
      last = m.ScriptDuration;
      quietSince = now;
    }
    if (now - loadedAt >= minSettleMs && now - quietSince >= QUIET_MS && (await extraDone())) return m;
    if (now > deadline) return m;
    await sleep(POLL_MS);
  }
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const m = metricsOf(await cdp.send('Performance.getMetrics'));
  return m.JSHeapUsedSize;
}

const EXT = 'chrome-extension://';
const urlOf = (e) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName ?? '';
const fileOf = (e) => urlOf(e).replace(/^chrome-extension:\/\/[^/]+\//, '');
/** Callbacks of timers, animation frames and idle callbacks, and what registered them. */
const CALLBACKS = { TimerFire: 'TimerInstall', FireAnimationFrame: 'RequestAnimationFrame', FireIdleCallback: 'RequestIdleCallback' };
const callbackId = (e) => `${e.name in CALLBACKS ? CALLBACKS[e.name] : e.name}:${e.args?.data?.timerId ?? e.args?.data?.id}`;

/**
 * Reads the extension's main-thread script events out of a trace of one page load.
 * Extension events: EvaluateScript of its files, and the timer / animation-frame / idle callbacks
 * its code registered. The trace does not name the world a callback runs in, so a callback counts
 * as the extension's unless the page's own script registered it. Script run directly by extension
 * messaging (a response arriving) emits no trace event; ScriptDuration still counts it.
 * `badgeTs` (trace clock) is when the annotator reported its count: the highlights are painted in
 * the first paint after the extension event that sent it.
 */
export function analyseTrace(events, url, { badgeTs = null } = {}) {
  const commit = events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url);
  if (!commit) return null;
  const main = events.filter((e) => e.pid === commit.pid && e.tid === commit.tid && e.ts >= commit.ts).sort((a, b) => a.ts - b.ts);
  const ext = [];
  const pageOwned = []; // intervals of the page's own script
  const extCallbacks = new Set();
  const pageCallbacks = new Set();
  const inside = (list, ts) => list.some(([a, b]) => ts >= a && ts <= b);
  let extEnd = -Infinity;
  let extStarted = false;
  for (const e of main) {
    if (e.ph === 'I' || e.ph === 'R' || e.ph === 'n') {
      if (Object.values(CALLBACKS).includes(e.name)) {
        const id = callbackId(e);
        if (inside(pageOwned, e.ts)) pageCallbacks.add(id);
        else extCallbacks.add(id); // from extension code, or from messaging (untraced, extension only)
      }
      continue;
    }
    if (e.ph !== 'X') continue;
    if (e.name === 'EvaluateScript' || (e.name === 'FunctionCall' && urlOf(e))) {
      if (urlOf(e).startsWith(EXT)) {
        extStarted = true;
        if (e.ts >= extEnd) { ext.push(e); extEnd = e.ts + e.dur; }
      } else {
        pageOwned.push([e.ts, e.ts + e.dur]);
      }
    } else if (e.name === MICROTASKS) {
      // Outside any script event, on pages without scripts of their own (every page measured here),
      // once the extension has started: the continuations of its API callbacks. The scheduler also
      // runs an empty checkpoint after most tasks (a few microseconds, with or without the
      // extension); those are left out.
      if (extStarted && e.ts >= extEnd && !inside(pageOwned, e.ts) && (e.tdur ?? e.dur) >= MICROTASKS_MIN_US) { ext.push(e); extEnd = e.ts + e.dur; }
    } else if (e.name in CALLBACKS) {
      const id = callbackId(e);
      if (pageCallbacks.has(id) || !extCallbacks.has(id)) pageOwned.push([e.ts, e.ts + e.dur]);
      else if (e.ts >= extEnd) { ext.push(e); extEnd = e.ts + e.dur; }
    }
  }
  const byFile = {};
  for (const e of ext) {
    const key = e.name === 'EvaluateScript' ? fileOf(e) : e.name === MICROTASKS ? 'promise continuations (API callbacks)' : 'callbacks (timers, frames)';
    const f = (byFile[key] ??= { wallMs: 0, cpuMs: 0, compileMs: 0, tasks: 0 });
    f.wallMs += e.dur / 1000;
    f.cpuMs += (e.tdur ?? e.dur) / 1000;
    f.tasks += 1;
  }
  for (const e of main) {
    if (e.name === 'v8.compile' && e.ph === 'X' && urlOf(e).startsWith(EXT)) {
      const f = (byFile[fileOf(e)] ??= { wallMs: 0, cpuMs: 0, compileMs: 0, tasks: 0 });
      f.compileMs += e.dur / 1000;
    }
  }
  const load = main.find((e) => e.name === 'MarkLoad' && e.args?.data?.isOutermostMainFrame !== false);
  let loadToPaintMs = null;
  const annotatorStart = ext.find((e) => fileOf(e) === 'annotator.js');
  if (annotatorStart && load) {
    const before = badgeTs === null ? ext : ext.filter((e) => e.ts <= badgeTs);
    const painter = before.at(-1) ?? ext.at(-1);
    const after = painter.ts + painter.dur;
    const paint = main.find((e) => e.ph === 'X' && e.name === 'Paint' && e.ts >= after) ?? main.find((e) => e.ph === 'X' && e.name === 'PrePaint' && e.ts >= after);
    if (paint) loadToPaintMs = (paint.ts + paint.dur - load.ts) / 1000;
  }
  const longest = ext.reduce((best, e) => (!best || e.dur > best.dur ? e : best), null);
  return {
    scriptWallMs: ext.reduce((n, e) => n + e.dur, 0) / 1000,
    scriptCpuMs: ext.reduce((n, e) => n + (e.tdur ?? e.dur), 0) / 1000,
    longestTaskMs: longest ? longest.dur / 1000 : 0,
    longestTaskCpuMs: longest ? (longest.tdur ?? longest.dur) / 1000 : 0,
    longestTaskWhat: longest ? (longest.name === 'EvaluateScript' ? fileOf(longest) : longest.name) : null,
    tasks: ext.length,
    byFile,
    loadToPaintMs,
    annotatorStartMs: annotatorStart && load ? (annotatorStart.ts - load.ts) / 1000 : null,
    loadTs: load?.ts ?? null,
  };
}

/** Page-side long tasks (> 50 ms), read from the buffered Long Tasks timeline. */
async function longTasks(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const list = [];
        try {
          const o = new PerformanceObserver((l) => list.push(...l.getEntries()));
          o.observe({ type: 'longtask', buffered: true });
          setTimeout(() => {
            list.push(...o.takeRecords());
            o.disconnect();
            resolve(list.map((e) => ({ start: e.startTime, duration: e.duration })));
          }, 0);
        } catch {
          resolve([]);
        }
      }),
  );
}

async function startTrace(cdp) {
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: TRACE_CATEGORIES } });
  return async () => {
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** One load of `url` with the extension. `hasOped`: wait until the annotator has reported its count. */
export async function runWithExtension(ext, url, { hasOped, badgeTimeoutMs = 15_000, heap: wantHeap = true, details = true }) {
  await ensureListener(ext);
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopTrace = await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const loadedAt = Date.now();
    let messages = [];
    const annotated = async () => {
      messages = await messagesFor(ext, url);
      const injected = messages.some((m) => m.type === 'inject' && m.part === 'annotator');
      // Pages whose gate asked for the annotator are done once it has reported its count.
      if (hasOped || injected) return messages.some((m) => m.type === 'badge/set');
      return true;
    };
    const m = await settle(cdp, loadedAt, annotated, badgeTimeoutMs);
    const events = await stopTrace();
    const heap = wantHeap ? await heapAfterGc(cdp) : null;
    messages = await messagesFor(ext, url);
    const page_ = await page.evaluate(() => {
      let ranges = 0;
      let names = 0;
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('backstory-')) continue;
        names += 1;
        ranges += h.size;
      }
      const nav = performance.getEntriesByType('navigation')[0];
      return { names, ranges, loadEpoch: performance.timeOrigin + (nav?.loadEventStart ?? 0) };
    });
    const badge = messages.find((x) => x.type === 'badge/set');
    let trace = analyseTrace(events, url);
    if (trace?.loadTs != null && badge) {
      trace = analyseTrace(events, url, { badgeTs: trace.loadTs + (badge.t - page_.loadEpoch) * 1000 });
    }
    const tasks = details ? await longTasks(page) : null;
    return {
      scriptMs: m.ScriptDuration * 1000,
      taskMs: m.TaskDuration * 1000,
      heapBytes: heap,
      trace,
      injected: messages.some((x) => x.type === 'inject' && x.part === 'annotator'),
      badge: badge?.count ?? null,
      highlights: { names: page_.names, ranges: page_.ranges },
      longTasks: tasks,
    };
  } finally {
    await page.close();
  }
}

/** Thread (CPU) and wall time of the page timer callback registered with `timeout` (a marker). */
function timerCallback(events, timeout) {
  const install = events.find((e) => e.name === 'TimerInstall' && e.args?.data?.timeout === timeout);
  if (!install) return null;
  const fire = events.find((e) => e.name === 'TimerFire' && e.ph === 'X' && e.pid === install.pid && e.args?.data?.timerId === install.args.data.timerId && e.args?.data?.frame === install.args.data.frame);
  return fire ? { wallMs: fire.dur / 1000, cpuMs: (fire.tdur ?? fire.dur) / 1000 } : null;
}

/**
 * One load of `url` without the extension: the baseline metrics, then the floor and (when
 * `aliases` is given) mark.js with those aliases. Both run as a page timer callback, timed with
 * performance.now() inside the page (wall) and by the trace (thread CPU time of that callback).
 */
export async function runWithout(plain, url, { markSource, aliases, markOptions, heap: wantHeap = true, details = true }) {
  const page = await plain.context.newPage();
  try {
    const cdp = await plain.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    // No extension here: the page's own scripts (few corpus pages have any) only need to finish.
    const m = await settle(cdp, Date.now(), undefined, 10_000, PLAIN_SETTLE_MS);
    const heap = wantHeap ? await heapAfterGc(cdp) : null;
    const tasks = details ? await longTasks(page) : null;
    if (aliases) await page.addScriptTag({ content: markSource });
    const stopTrace = await startTrace(cdp);
    // An empty callback (timer marker: 3 ms): the cost of the timer and of handing a result back,
    // subtracted from the two below.
    await page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve({ ms: 0, chars: 0 }), 3)));
    // The floor: one TreeWalker pass that collects the text of the page (timer marker: 1 ms).
    const floor = await page.evaluate(
      () =>
        new Promise((resolve) =>
          setTimeout(() => {
            const t0 = performance.now();
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            const parts = [];
            for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
            const text = parts.join('');
            resolve({ ms: performance.now() - t0, chars: text.length });
          }, 1),
        ),
    );
    let mark = null;
    if (aliases) {
      // mark.js (timer marker: 2 ms); it calls `done` synchronously when the page has no iframes.
      mark = await page.evaluate(
        ({ aliases, options }) =>
          new Promise((resolve) =>
            setTimeout(() => {
              let marks = 0;
              const t0 = performance.now();
              new window.Mark(document.body).mark(aliases, {
                ...options,
                iframes: false,
                each: () => { marks += 1; },
                done: () => resolve({ ms: performance.now() - t0, marks }),
              });
            }, 2),
          ),
        { aliases, options: markOptions },
      );
    }
    const events = await stopTrace();
    const empty = timerCallback(events, 3)?.cpuMs ?? 0;
    const cpu = (timeout) => {
      const t = timerCallback(events, timeout);
      return t ? Math.max(0, t.cpuMs - empty) : null;
    };
    floor.cpuMs = cpu(1);
    floor.emptyCallbackCpuMs = empty;
    if (mark) mark.cpuMs = cpu(2);
    return { scriptMs: m.ScriptDuration * 1000, taskMs: m.TaskDuration * 1000, heapBytes: heap, longTasks: tasks, floor, mark };
  } finally {
    await page.close();
  }
}

/**
 * Diagnostics: a sampled CPU profile of one load with the extension, reduced to the extension's
 * own time by function. Native calls (DOM getters, regex) are charged to the extension file
 * that called them. Sampling distorts small numbers; use it for proportions, not totals.
 */
export async function profileWithExtension(ext, url, { hasOped, intervalUs = 100 }) {
  await ensureListener(ext);
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await settle(cdp, Date.now(), async () => !hasOped || (await messagesFor(ext, url)).some((m) => m.type === 'badge/set'), 15_000);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const selfUs = new Map();
    for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
    const extFile = (node) => {
      for (let id = node.id; id !== undefined; id = parent.get(id)) {
        const u = byId.get(id).callFrame.url;
        if (u.startsWith(EXT)) return u.replace(/^chrome-extension:\/\/[^/]+\//, '');
        if (u) return null; // page script
      }
      return null;
    };
    const rows = new Map();
    let totalUs = 0;
    for (const n of profile.nodes) {
      const us = selfUs.get(n.id) ?? 0;
      if (!us) continue;
      const file = extFile(n);
      if (!file) continue;
      const f = n.callFrame;
      const native = !f.url.startsWith(EXT);
      const key = `${file}  ${native ? `[native] ${f.functionName || '(program)'}` : `${f.functionName || '(anonymous)'} @${f.lineNumber + 1}:${f.columnNumber + 1}`}`;
      rows.set(key, (rows.get(key) ?? 0) + us);
      totalUs += us;
    }
    return {
      url,
      totalMs: totalUs / 1000,
      top: [...rows].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([what, us]) => ({ what, ms: us / 1000, share: totalUs ? us / totalUs : 0 })),
    };
  } finally {
    await page.close();
  }
}
