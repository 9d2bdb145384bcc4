// One measured page load, with the extension or without it, in headless Chromium.
//
// With the extension: CDP Performance.getMetrics on the page target (ScriptDuration counts every
// script on the renderer's main thread, the extension's isolated world included), a light trace
// (devtools.timeline) for the extension's own script events, its longest task and the first paint
// after the annotator ran, and the JS heap after a forced GC.
// Without the extension: the same metrics (the baseline to subtract), then in the same page the
// floor (one TreeWalker pass collecting the page's text) and mark.js, timed inside the page.
// Browsers and settling: contexts.mjs; reading the trace: trace.mjs; sampled profiles: profile.mjs.
import { ensureListener, heapAfterGc, messagesFor, PLAIN_SETTLE_MS, settle } from './contexts.mjs';
import { analyseTrace, longTasks, startTrace, timerCallback } from './trace.mjs';

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
