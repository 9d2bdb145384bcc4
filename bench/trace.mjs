// Reading the extension's own work out of a trace of one page load: its script events, the
// callbacks it scheduled, its longest task, and the page-side long tasks.

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

export const EXT = 'chrome-extension://';
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
export async function longTasks(page) {
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

/** Starts a light trace of the page (TRACE_CATEGORIES); resolves to a function that stops it and returns its events. */
export async function startTrace(cdp) {
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

/** Thread (CPU) and wall time of the page timer callback registered with `timeout` (a marker). */
export function timerCallback(events, timeout) {
  const install = events.find((e) => e.name === 'TimerInstall' && e.args?.data?.timeout === timeout);
  if (!install) return null;
  const fire = events.find((e) => e.name === 'TimerFire' && e.ph === 'X' && e.pid === install.pid && e.args?.data?.timerId === install.args.data.timerId && e.args?.data?.frame === install.args.data.frame);
  return fire ? { wallMs: fire.dur / 1000, cpuMs: (fire.tdur ?? fire.dur) / 1000 } : null;
}
