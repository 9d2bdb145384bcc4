// Firefox browser-test harness: the built Firefox extension (.output/firefox-mv2) installed as a
// temporary add-on in headless Firefox ESR, driven by puppeteer-core over WebDriver BiDi; pages
// served on 127.0.0.1.
//
// Firefox differs from the Chromium harness (tests/e2e/harness.ts) in how the tests reach the
// extension: there is no service worker to evaluate in, so the harness keeps one extension page
// open (the popup page, as a tab) and runs `browser.*` calls there. That page's own render is
// irrelevant (it is pointed at a tab that does not exist). Page serving, in-page helpers and the
// retry for a content script not yet listening are shared with the Chromium harness (tests/shared/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import type { Browser as Ext } from 'webextension-polyfill';
import {
  EXTENSION_ORIGIN,
  findFirefox,
  FIREFOX_INSTALL_HINT,
  firefoxMajorVersion,
  launchFirefoxWithExtension,
  MIN_FIREFOX_MAJOR,
} from '../../scripts/firefox.mjs';
import { WELCOME_PAGE } from '../../scripts/browser.mjs';
import type { AnnotationsResponse } from '../../lib/messages.ts';
import { emptyResponse } from '../../lib/handoff.ts';
import { SETTINGS_KEY } from '../../lib/settings.ts';
import { askUntilListening, GATE_RAN, openWhenAnswered, popupUrl } from '../shared/extension-pages.ts';
import { ROOT } from '../shared/paths.ts';
import { serveTestPages, type ExtraPages } from '../shared/test-pages.ts';

export { CORPUS_DIR, ROOT } from '../shared/paths.ts';
export { sleep } from '../shared/extension-pages.ts';
export { highlightPoint, highlightTexts } from '../shared/in-page.ts';

/** The built Firefox extension. */
export const EXTENSION_DIR = path.join(ROOT, '.output/firefox-mv2');

/** A running Firefox with the extension, and a server for the corpus and the demo page. */
export interface Harness {
  browser: Browser;
  /** moz-extension://<fixed uuid> */
  origin: string;
  /** An extension page kept open: `browser.*` calls run here. */
  control: Page;
  baseUrl: string;
  /** The first-run tabs the extension opened on install (closed at start, so tests start from the control tab). */
  welcomed: string[];
  close(): Promise<void>;
}

/**
 * Waits for the tab the extension opens on install and closes it. Puppeteer shows that tab as
 * about:blank (it loses track of moz-extension navigations), so find it as the extension does:
 * among its own pages. Resolves to the URLs it closed.
 */
function closeWelcome(control: Page): Promise<string[]> {
  return control.evaluate(async (file: string) => {
    const ext = (globalThis as unknown as { browser: Ext }).browser;
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      const views = ext.extension.getViews({ type: 'tab' }).filter((view) => view.location.pathname === `/${file}`);
      if (views.length) {
        const urls = views.map((view) => view.location.href);
        const tabs = await Promise.all(views.map((view) => (view as unknown as { browser: Ext }).browser.tabs.getCurrent()));
        await ext.tabs.remove(tabs.map((tab) => tab!.id!));
        return urls;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return [];
  }, WELCOME_PAGE);
}

/**
 * Opens an extension page (moz-extension://) in `page` and waits for `selector`. `page.goto` to a
 * moz-extension URL never resolves over BiDi (the navigation moves the tab to the extension process
 * and puppeteer loses track of it; the promise only rejects with "Frame detached" when the tab
 * closes), so navigate without waiting for it and wait for the content instead.
 */
export async function gotoExtensionPage(page: Page, url: string, selector: string, timeoutMs = 15_000): Promise<ElementHandle<Element>> {
  page.goto(url).catch(() => undefined);
  // While the tab moves to the extension process, Firefox's remote agent can fail an evaluation with
  // an internal error (seen in CI: "right-hand side of 'in' should be an object, got null").
  // Wait again until the deadline; a real absence still fails with the timeout.
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      // Poll for a boolean rather than the element: serialising a node that the popup's first
      // renders replace is where the agent's error came from.
      await page.waitForFunction((sel: string) => document.querySelector(sel) !== null, { timeout: Math.max(1, deadline - Date.now()), polling: 100 }, selector);
      const found = await page.$(selector);
      if (!found) throw new Error(`${selector} not found on ${url}`);
      return found;
    } catch (error) {
      let chain = '';
      for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) chain += ` ${String(e)}`;
      if (Date.now() >= deadline || !/Protocol error/i.test(chain)) throw error;
    }
  }
}

/** Starts Firefox with the built extension and a static server. */
export async function startHarness(extraPages?: ExtraPages): Promise<Harness> {
  const executable = findFirefox();
  if (!executable) throw new Error(FIREFOX_INSTALL_HINT);
  const major = firefoxMajorVersion(executable);
  if (major !== null && major < MIN_FIREFOX_MAJOR) {
    throw new Error(`${executable} is Firefox ${major}; the extension needs Firefox ${MIN_FIREFOX_MAJOR} or newer (CSS Custom Highlight API).`);
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${EXTENSION_DIR}: run npm run build:firefox first.`);
  }
  const server = await serveTestPages(extraPages);
  let browser: Browser;
  try {
    ({ browser } = await launchFirefoxWithExtension(EXTENSION_DIR));
  } catch (error) {
    await server.close();
    throw error;
  }
  try {
    // The browser starts with one about:blank tab: it becomes the control page.
    const control = (await browser.pages())[0] ?? (await browser.newPage());
    await gotoExtensionPage(control, popupUrl(EXTENSION_ORIGIN, 2147483647), '#app .message');
    const welcomed = await closeWelcome(control);
    return {
      browser,
      origin: EXTENSION_ORIGIN,
      control,
      baseUrl: server.url,
      welcomed,
      async close() {
        await browser.close().catch(() => undefined);
        await server.close();
      },
    };
  } catch (error) {
    await browser.close().catch(() => undefined);
    await server.close();
    throw error;
  }
}

/** Opens a page in a new tab and waits until the content script has answered (or settled on nothing). */
export function openPage(h: Harness, url: string): Promise<Page> {
  return openWhenAnswered(() => h.browser.newPage(), url, (page) => annotations(h, page));
}

/**
 * The tab id of a page. The extension has no "tabs" permission, but its host permissions show it the
 * URL of http(s) tabs: match the page's URL, and bring the page to the front so that, among tabs with
 * the same URL (or none, as on about:blank), the active one is it.
 */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const url = page.url();
  const id = await h.control.evaluate(async (wanted: string) => {
    const ext = (globalThis as unknown as { browser: Ext }).browser;
    const tabs = await ext.tabs.query({});
    const same = tabs.filter((t) => t.url === wanted);
    const pick = same.find((t) => t.active) ?? (same.length === 1 ? same[0] : undefined) ?? tabs.find((t) => t.active && t.url === undefined);
    return pick?.id ?? -1;
  }, url);
  if (id === -1) throw new Error(`no tab for ${url}`);
  return id;
}

/** Stores the reader's settings as the popup does (pages apply them at once). */
export async function setSettings(h: Harness, value: unknown): Promise<void> {
  await h.control.evaluate(([key, v]) => (globalThis as unknown as { browser: Ext }).browser.storage.local.set({ [key]: v }), [SETTINGS_KEY, value] as const);
}

/** Asks the page's content script for its annotations, through the documented message contract. */
export async function annotations(h: Harness, page: Page): Promise<AnnotationsResponse> {
  const tabId = await tabIdOf(h, page);
  // Fails with "Could not establish connection. Receiving end does not exist." until document_idle.
  return askUntilListening(
    () =>
      h.control.evaluate(
        (id: number) => (globalThis as unknown as { browser: Ext }).browser.tabs.sendMessage(id, { type: 'annotations/get' }) as Promise<AnnotationsResponse>,
        tabId,
      ),
    async () => {
      // The gate's handoff, read in the extension's content-script world of the top frame.
      const [ran] = await h.control.evaluate(
        ([id, code]) => (globalThis as unknown as { browser: Ext }).browser.tabs.executeScript(id, { code }) as Promise<unknown[]>,
        [tabId, GATE_RAN] as const,
      );
      return ran === true ? (emptyResponse(false)) : null;
    },
  );
}

/** The toolbar badge text of a tab (the Firefox build is MV2: browserAction). */
export async function badgeText(h: Harness, tabId: number): Promise<string> {
  return h.control.evaluate(
    (id: number) => (globalThis as unknown as { browser: Ext }).browser.browserAction.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Opens the popup as a page describing tab `tabId`, once it has drawn `selector`. */
export async function openPopup(h: Harness, tabId: number, selector: string): Promise<Page> {
  // A tab whose move to the extension process upset the remote agent can stay unreadable for good
  // (CI saw every evaluation fail until the deadline): start over in a fresh tab, up to three times.
  for (let attempt = 1; ; attempt++) {
    const popup = await h.browser.newPage();
    try {
      await gotoExtensionPage(popup, popupUrl(h.origin, tabId), selector, 10_000);
      return popup;
    } catch (error) {
      await popup.close().catch(() => undefined);
      if (attempt >= 3) throw error;
    }
  }
}
