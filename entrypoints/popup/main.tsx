import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp.tsx';
// The same build-time dataset module as the background, so both always show one dataset.
import dataset from 'virtual:backstory-dataset';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings.ts';
import { pageReach, type PageReach } from '../../lib/ui/page-reach.ts';
import { CHROMIUM_SHORTCUTS_URL, shortcutRows, type ShortcutRow } from '../../lib/ui/shortcuts.ts';
import type { ContentRequest, ContentResponse } from '../../lib/messages.ts';
import { sendToBackground, sendToTab } from '../../extension/messaging.ts';

const app = document.getElementById('app')!;
const asPage = new URLSearchParams(location.search).has('tab');

/** The tab to describe: the active one, or ?tab=N when the popup is opened as a page (tests, demo). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Whether extensions run on the tab, and its host: its URL is readable because the extension has host access to web pages. */
async function reachOf(tabId: number | undefined): Promise<PageReach> {
  if (tabId === undefined) return pageReach(undefined);
  return browser.tabs.get(tabId).then((tab) => pageReach(tab.url), () => pageReach(undefined));
}

/** The shortcuts the browser assigned to the manifest's commands; none listed if it cannot say. */
async function shortcuts(): Promise<ShortcutRow[] | undefined> {
  try {
    return shortcutRows(await browser.commands.getAll());
  } catch {
    return undefined;
  }
}

// Chromium has a page for changing shortcuts that an extension may open; Firefox has no URL for it.
const openShortcutSettings = import.meta.env.FIREFOX
  ? undefined
  : () => void browser.tabs.create({ url: CHROMIUM_SHORTCUTS_URL }).catch(() => undefined);

let state: PopupState = { status: 'loading' };
let settings: Settings | undefined;
let reach: PageReach = { runs: false, host: null };
let keys: ShortcutRow[] | undefined;
let tabId: number | undefined;
/** The tab's frame that shows the article (an embedded op-ed is in a sub-frame); the top frame otherwise. */
let frameId = 0;

/** Sends to the article frame, or to the top frame once that frame is gone (the page moved on). */
function toPage<R extends ContentRequest>(id: number, msg: R): Promise<ContentResponse<R>> {
  return sendToTab(id, msg, frameId).catch((error: unknown) => {
    if (frameId === 0) throw error;
    frameId = 0;
    return sendToTab(id, msg, 0);
  });
}

function draw() {
  const onShow =
    tabId === undefined
      ? undefined
      : (entryId: string) => {
          void toPage(tabId!, { type: 'annotations/focus', entryId }).then(() => {
            // Hand the page to the reader: the card is open there now.
            if (!asPage) window.close();
          }, () => undefined);
        };
  const onSettings = (next: Settings) => {
    settings = next;
    draw();
    void browser.storage.local.set({ [SETTINGS_KEY]: next }).then(refresh, () => undefined);
  };
  render(
    <PopupApp state={state} dataset={dataset} onShow={onShow} settings={settings} host={reach.host} onSettings={onSettings}
      shortcuts={keys} onChangeShortcuts={openShortcutSettings} />,
    app,
  );
}

/** An http(s) page whose content script does not answer: no article of ours (the gate may not even listen). */
const SILENT: PopupState = { status: 'ready', response: { article: { found: false, opEdId: null }, annotations: [] } };

/** Asks the page what it shows now (settings apply there at once). */
async function refresh() {
  if (tabId === undefined || !reach.runs) {
    state = { status: 'unreachable' };
    return draw();
  }
  try {
    const response = await toPage(tabId, { type: 'annotations/get' });
    state = response && Array.isArray(response.annotations) ? { status: 'ready', response } : SILENT;
  } catch {
    // "Receiving end does not exist" on a web page: nothing of ours runs there.
    state = SILENT;
  }
  draw();
}

async function load() {
  draw();
  tabId = await targetTab();
  [reach, settings, keys, frameId] = await Promise.all([
    reachOf(tabId),
    browser.storage.local.get(SETTINGS_KEY).then((s) => parseSettings(s[SETTINGS_KEY]), () => parseSettings(undefined)),
    shortcuts(),
    tabId === undefined ? 0 : sendToBackground({ type: 'frame/get', tabId }).catch(() => 0),
  ]);
  await refresh();
}

void load();
