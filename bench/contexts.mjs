// Browsers for the benchmark and when a page load counts as settled: Chromium with the built
// extension (its service worker records the messages the content scripts send) or without it.
import path from 'node:path';
import os from 'node:os';
import { mkdtemp, rm } from 'node:fs/promises';
import { CHROMIUM_FLAGS, findChromium, INSTALL_HINT, launchWithExtension } from '../scripts/browser.mjs';

const VIEWPORT = { width: 1280, height: 900 };
/** A page counts as settled when ScriptDuration has not moved for this long… */
const QUIET_MS = 80;
/** …and at least this long has passed since the load event (the gate runs at document_idle). */
const MIN_SETTLE_MS = 120;
const POLL_MS = 40;
/** Without the extension nothing runs at document_idle: settle sooner. */
export const PLAIN_SETTLE_MS = 50;

export const metricsOf = (r) => Object.fromEntries(r.metrics.map((m) => [m.name, m.value]));
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
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
export async function ensureListener(ext) {
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

export async function messagesFor(ext, url) {
  try {
    return await ext.worker.evaluate((u) => globalThis.__backstoryBench?.filter((m) => m.url === u) ?? [], url);
  } catch {
    await ensureListener(ext);
    return [];
  }
}

/** Polls ScriptDuration over CDP (no script in the page) until it stops moving. */
export async function settle(cdp, loadedAt, extraDone = async () => true, timeoutMs = 20_000, minSettleMs = MIN_SETTLE_MS) {
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

export async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const m = metricsOf(await cdp.send('Performance.getMetrics'));
  return m.JSHeapUsedSize;
}
