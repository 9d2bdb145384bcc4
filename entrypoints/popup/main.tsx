import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp, type PopupState } from '../../components/PopupApp';
import { bundledDataset } from '../../lib/dataset/bundled';
import type { AnnotationsResponse } from '../../lib/messages';

const app = document.getElementById('app')!;

/** The tab to describe: the active one, or ?tab=N when the popup is opened as a page (tests, demo). */
async function targetTab(): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function draw(state: PopupState, tabId?: number) {
  const onShow =
    tabId === undefined
      ? undefined
      : (entryId: string) => {
          void browser.tabs.sendMessage(tabId, { type: 'annotations/focus', entryId }).then(() => {
            // Hand the page to the reader: the card is open there now.
            if (!new URLSearchParams(location.search).has('tab')) window.close();
          }, () => undefined);
        };
  render(<PopupApp state={state} dataset={bundledDataset} onShow={onShow} />, app);
}

async function load() {
  draw({ status: 'loading' });
  const tabId = await targetTab();
  if (tabId === undefined) return draw({ status: 'unreachable' });
  try {
    const response = (await browser.tabs.sendMessage(tabId, { type: 'annotations/get' })) as AnnotationsResponse | undefined;
    if (!response || !Array.isArray(response.annotations)) return draw({ status: 'unreachable' }, tabId);
    draw({ status: 'ready', response }, tabId);
  } catch {
    // No content script answers on pages where extensions may not run.
    draw({ status: 'unreachable' }, tabId);
  }
}

void load();
