import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp.tsx';
// The same build-time dataset module as the background, so both always show one dataset.
import dataset from 'virtual:backstory-dataset';
import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings.ts';
import { sendToTab } from '../../extension/messaging.ts';

const app = document.getElementById('app')!;
const asPage = new URLSearchParams(location.search).has('tab');

/** The tab to describe: the active one, or ?tab=N when the popup is opened as a page (tests, demo). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** The tab's host, readable because the extension has host access to web pages; null elsewhere. */
async function hostOf(tabId: number | undefined): Promise<string | null> {
  if (tabId === undefined) return null;
  try {
    const url = new URL((await browser.tabs.get(tabId)).url ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : null;
  } catch {
    return null;
  }
}

let state: PopupState = { status: 'loading' };
let settings: Settings | undefined;
let host: string | null = null;
let tabId: number | undefined;

function draw() {
  const onShow =
    tabId === undefined
      ? undefined
      : (entryId: string) => {
          void sendToTab(tabId!, { type: 'annotations/focus', entryId }).then(() => {
            // Hand the page to the reader: the card is open there now.
            if (!asPage) window.close();
          }, () => undefined);
        };
  const onSettings = (next: Settings) => {
    settings = next;
    draw();
    void browser.storage.local.set({ [SETTINGS_KEY]: next }).then(refresh, () => undefined);
  };
  render(<PopupApp state={state} dataset={dataset} onShow={onShow} settings={settings} host={host} onSettings={onSettings} />, app);
}

/** Asks the page what it shows now (settings apply there at once). */
async function refresh() {
  if (tabId === undefined) {
    state = { status: 'unreachable' };
    return draw();
  }
  try {
    const response = await sendToTab(tabId, { type: 'annotations/get' });
    state = response && Array.isArray(response.annotations) ? { status: 'ready', response } : { status: 'unreachable' };
  } catch {
    // No content script answers on pages where extensions may not run.
    state = { status: 'unreachable' };
  }
  draw();
}

async function load() {
  draw();
  tabId = await targetTab();
  [host, settings] = await Promise.all([
    hostOf(tabId),
    browser.storage.local.get(SETTINGS_KEY).then((s) => parseSettings(s[SETTINGS_KEY]), () => parseSettings(undefined)),
  ]);
  await refresh();
}

void load();
