// Browser-test harness: the built extension in the system Chromium, pages served on 127.0.0.1.
// Page serving, in-page helpers and the retry for a content script not yet listening are shared
// with the Firefox harness (tests/shared/); what is here is how Chromium reaches the extension.
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension } from '../../scripts/browser.mjs';
import type { AnnotationsResponse } from '../../lib/messages.ts';
import { emptyResponse } from '../../lib/handoff.ts';
import { SETTINGS_KEY } from '../../lib/settings.ts';
import { askUntilListening, openWhenAnswered, popupUrl } from '../shared/extension-pages.ts';
import { ROOT } from '../shared/paths.ts';
import { serveTestPages, type ExtraPages } from '../shared/test-pages.ts';

export { CORPUS_DIR, ROOT } from '../shared/paths.ts';
export { highlightPoint, highlightTexts } from '../shared/in-page.ts';

/** The built extension; BACKSTORY_EXTENSION_DIR points the tests at a copy (e.g. while a benchmark rebuilds). */
export const EXTENSION_DIR = process.env.BACKSTORY_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');

/** A running browser with the extension, and a server for the corpus and the demo page. */
export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  baseUrl: string;
  /** The first-run tabs the extension opened on install (closed at launch, so tests start from one blank tab). */
  welcomed: string[];
  close(): Promise<void>;
}

/** How to launch: with touch, or headed on an X display (`env.DISPLAY`) for real key presses. */
export interface HarnessOptions {
  hasTouch?: boolean;
  headless?: boolean;
  env?: Record<string, string | undefined>;
}

/** Starts Chromium with the built extension and a static server. */
export async function startHarness(extraPages?: ExtraPages, options: HarnessOptions = {}): Promise<Harness> {
  const server = await serveTestPages(extraPages, {
    // React's UMD builds, for the framework page (no CDN here, and none needed).
    '/vendor/react/': path.join(ROOT, 'node_modules/react/umd'),
    '/vendor/react-dom/': path.join(ROOT, 'node_modules/react-dom/umd'),
    '/vendor/axe/': path.join(ROOT, 'node_modules/axe-core'),
  });
  const { context, extensionId, serviceWorker, welcomed } = await launchWithExtension(EXTENSION_DIR, options);
  return {
    context,
    extensionId,
    worker: serviceWorker,
    baseUrl: server.url,
    welcomed,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** Starts the harness before a test file's tests and closes it after them; the getter returns it. */
export function harnessPerFile(extraPages?: ExtraPages, options: { hasTouch?: boolean } = {}): () => Harness {
  let h: Harness | undefined;
  beforeAll(async () => {
    h = await startHarness(extraPages, options);
  });
  afterAll(async () => {
    await h?.close();
  });
  return () => h!;
}

/** Opens a page and waits until the content script has answered (or settled on nothing). */
export function openPage(h: Harness, url: string): Promise<Page> {
  return openWhenAnswered(() => h.context.newPage(), url, (page) => annotations(h, page));
}

/**
 * The tab id of a page. The extension has no "tabs" permission, so it cannot read tab URLs:
 * bring the page to the front and ask for the active tab instead.
 */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await h.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id === -1) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/** Stores the reader's settings as the popup does (pages apply them at once). */
export function setSettings(h: Harness, value: unknown): Promise<void> {
  return h.worker.evaluate(([key, v]) => chrome.storage.local.set({ [key]: v }), [SETTINGS_KEY, value] as const);
}

/** Sends `annotations/get` to the tab once, as the contract's callers do: rejects where nothing listens. */
export function askTab(h: Harness, tabId: number): Promise<AnnotationsResponse> {
  return h.worker.evaluate((id: number) => chrome.tabs.sendMessage(id, { type: 'annotations/get' }) as Promise<AnnotationsResponse>, tabId);
}

/** Asks the page's content script for its annotations, through the documented message contract. */
export async function annotations(h: Harness, page: Page): Promise<AnnotationsResponse> {
  const tabId = await tabIdOf(h, page);
  return askUntilListening(() => askTab(h, tabId), async () => ((await gateRan(h, tabId)) ? emptyResponse(false) : null));
}

/** Whether the gate has run in the tab's top frame (it then listens only on pages about the subject). */
function gateRan(h: Harness, tabId: number): Promise<boolean> {
  // The function runs in the extension's isolated world of the page, where the gate keeps its handoff.
  return h.worker.evaluate(async (id: number) => {
    const func = () => ((globalThis as { __backstory7c1e?: { gate?: boolean } }).__backstory7c1e ?? {}).gate === true;
    const [result] = await chrome.scripting.executeScript({ target: { tabId: id }, func });
    return result?.result === true;
  }, tabId);
}

/** Opens the popup as a page describing tab `tabId`. */
export async function openPopup(h: Harness, tabId: number): Promise<Page> {
  const popup = await h.context.newPage();
  await popup.goto(popupUrl(`chrome-extension://${h.extensionId}`, tabId));
  return popup;
}

/**
 * The centre of the first occurrence of `text` in the page's own text, found without CSS.highlights:
 * for pages that clear the highlight registry, where the extension repaints only once the reader
 * engages (hovers).
 */
export async function textPoint(page: Page, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(wanted);
      if (at === -1) continue;
      const r = document.createRange();
      r.setStart(n, at);
      r.setEnd(n, at + wanted.length);
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const box = r.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
}
