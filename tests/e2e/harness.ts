// Browser-test harness: the built extension in the system Chromium, pages served on 127.0.0.1.
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchWithExtension, serve } from '../../scripts/browser.mjs';
import type { AnnotationsResponse } from '../../lib/messages';

export const ROOT = path.resolve(__dirname, '../..');
/** The built extension; BACKSTORY_EXTENSION_DIR points the tests at a copy (e.g. while a benchmark rebuilds). */
export const EXTENSION_DIR = process.env.BACKSTORY_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');
export const CORPUS_DIR = path.join(ROOT, 'tests/fixtures/corpus');

/** A running browser with the extension, and a server for the corpus and the demo page. */
export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension and a static server. */
export async function startHarness(
  extraPages?: (url: URL) => string | null,
  options: { hasTouch?: boolean } = {},
): Promise<Harness> {
  const mounts = {
    '/corpus/': CORPUS_DIR,
    '/demo/': path.join(ROOT, 'demo'),
    // React's UMD builds, for the framework page (no CDN here, and none needed).
    '/vendor/react/': path.join(ROOT, 'node_modules/react/umd'),
    '/vendor/react-dom/': path.join(ROOT, 'node_modules/react-dom/umd'),
    '/vendor/axe/': path.join(ROOT, 'node_modules/axe-core'),
  };
  const server = await serve(mounts, async (url, res) => {
    const html = extraPages?.(url);
    if (html == null) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
    return true;
  });
  const { context, extensionId, serviceWorker } = await launchWithExtension(EXTENSION_DIR, options);
  return {
    context,
    extensionId,
    worker: serviceWorker,
    baseUrl: server.url,
    async close() {
      await context.close();
      await server.close();
    },
  };
}

/** Our highlights on the page: registry name → the text of each range. */
export async function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name.startsWith('backstory-')) out[name] = [...h].map((r) => r.toString());
    }
    return out;
  });
}

/** Opens a page and waits until the content script has answered (or settled on nothing). */
export async function openPage(h: Harness, url: string): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await annotations(h, page); // resolves once the content script is listening
  return page;
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

/** Asks the page's content script for its annotations, through the documented message contract. */
export async function annotations(h: Harness, page: Page): Promise<AnnotationsResponse> {
  const tabId = await tabIdOf(h, page);
  for (let attempt = 0; ; attempt++) {
    try {
      return await h.worker.evaluate(
        (id: number) => chrome.tabs.sendMessage(id, { type: 'annotations/get' }) as Promise<AnnotationsResponse>,
        tabId,
      );
    } catch (error) {
      if (attempt > 40) throw error;
      await page.waitForTimeout(100);
    }
  }
}

/**
 * Scrolls the first highlight whose text is `text` (or the first highlight at all) into view and
 * returns the centre of its first box, for pointer and touch tests; null when there is none.
 */
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

export async function highlightPoint(page: Page, text?: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate((wanted: string | null) => {
    for (const [name, hl] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('backstory-')) continue;
      for (const r of hl) {
        if (wanted !== null && r.toString() !== wanted) continue;
        (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text ?? null);
}
