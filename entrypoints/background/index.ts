import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import dataset from 'virtual:backstory-dataset';
import model from 'virtual:backstory-model';
import { badgeText, INJECTABLE, isBackgroundRequest, type BackgroundProtocol } from '../../lib/messages.ts';
import { dispatch, sendToTab, type HandlerMap } from '../../extension/messaging.ts';

/** The frame a request came from. */
interface From {
  tabId: number;
  frameId: number;
}

/** Runs one of our own files in the frame that asked (the frame's content scripts share its world). */
async function inject({ tabId, frameId }: From, file: (typeof INJECTABLE)[keyof typeof INJECTABLE]): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
  } else {
    // Firefox's MV2 build.
    await browser.tabs.executeScript(tabId, { file, frameId });
  }
}

/** Keyboard commands: step through the highlights of the active tab's top frame. */
async function step(command: string): Promise<void> {
  const direction = command === 'next-annotation' ? 1 : command === 'previous-annotation' ? -1 : 0;
  if (!direction) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await sendToTab(tab.id, { type: 'annotations/step', direction }).catch(() => undefined);
}

export default defineBackground(() => {
  // First run only: not after an update or a browser restart.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  browser.commands?.onCommand.addListener((command: string) => void step(command));
  const entries = new Map(dataset.entries.map((e) => [e.id, e]));
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const handlers: HandlerMap<BackgroundProtocol, From> = {
    'entry/get': async (msg) => entries.get(msg.entryId) ?? null,
    'model/get': async () => model,
    inject: (msg, from) => inject(from, INJECTABLE[msg.part]).then(() => true as const),
    'badge/set': async (msg, { tabId }) => {
      await Promise.all([
        action.setBadgeText({ tabId, text: badgeText(msg.count) }),
        action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' }),
      ]);
    },
  };
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    // Only our own content scripts talk to us, and only from a tab.
    if (tabId === undefined || sender.id !== browser.runtime.id || !isBackgroundRequest(msg)) return undefined;
    return dispatch(handlers, msg, { tabId, frameId: sender.frameId ?? 0 });
  });
});
