import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import dataset from 'virtual:backstory-dataset';
import model from 'virtual:backstory-model';
import { badgeText, INJECTABLE, isBackgroundRequest, type BackgroundProtocol } from '../../lib/messages.ts';
import { pageReach } from '../../lib/ui/page-reach.ts';
import { dispatch, sendToTab, type HandlerMap } from '../../extension/messaging.ts';
import { watchArticleFrames, type ArticleFrames } from './article-frames.ts';

/** The frame a request came from, and the URL of its tab's page when the browser shows it. */
interface From {
  tabId: number;
  frameId: number;
  tabUrl?: string;
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

/** The highlight colours. Top frames get them from the manifest; an article sub-frame gets them here. */
const STYLESHEET = '/highlights.css';

/** Adds our stylesheet to one frame. */
async function insertCss({ tabId, frameId }: From): Promise<void> {
  if (browser.scripting) {
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: [STYLESHEET] });
  } else {
    await browser.tabs.insertCSS(tabId, { file: STYLESHEET, frameId });
  }
}

/** Keyboard commands: step through the highlights of the active tab's article frame. */
async function step(frames: ArticleFrames, command: string): Promise<void> {
  const direction = command === 'next-annotation' ? 1 : command === 'previous-annotation' ? -1 : 0;
  if (!direction) return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await sendToTab(tab.id, { type: 'annotations/step', direction }, await frames.get(tab.id)).catch(() => undefined);
}

export default defineBackground(() => {
  // First run only: not after an update or a browser restart.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
  const frames = watchArticleFrames();
  browser.commands?.onCommand.addListener((command: string) => void step(frames, command));
  const entries = new Map(dataset.entries.map((e) => [e.id, e]));
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? browser.browserAction;
  const handlers: HandlerMap<BackgroundProtocol, From> = {
    'entry/get': async (msg) => entries.get(msg.entryId) ?? null,
    'model/get': async () => model,
    async inject(msg, from) {
      if (msg.part === 'annotator') {
        // A copy in a frame of a page that is the article itself (a preview, a related box) stays plain.
        if (!(await frames.asked(from.tabId, from.frameId))) return false;
        if (from.frameId !== 0) await insertCss(from);
      }
      await inject(from, INJECTABLE[msg.part]);
      return true;
    },
    'frame/get': async (_msg, { tabId }) => frames.get(tabId),
    'site/get': async (_msg, { tabUrl }) => pageReach(tabUrl).host,
    'badge/set': async (msg, { tabId }) => {
      await Promise.all([
        action.setBadgeText({ tabId, text: badgeText(msg.count) }),
        action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' }),
      ]);
    },
  };
  const extensionPages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((msg: unknown, sender: Browser.runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isBackgroundRequest(msg)) return undefined;
    // The popup (an extension page) asks only which frame to talk to, naming the tab it describes.
    if (sender.url?.startsWith(extensionPages)) {
      return msg.type === 'frame/get' && msg.tabId !== undefined ? dispatch(handlers, msg, { tabId: msg.tabId, frameId: -1 }) : undefined;
    }
    // Everything else comes from our own content scripts, in a tab, about their own tab.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return undefined;
    return dispatch(handlers, msg, { tabId, frameId: sender.frameId ?? 0, tabUrl: sender.tab?.url });
  });
});
