import { browser } from 'wxt/browser';
import { nextArticleFrame } from '../../lib/frames/article-frame.ts';
import { TOP_FRAME_GRACE_MS, TOP_FRAME_POLL_MS, TOP_FRAME_WAIT_MS } from '../../lib/timings.ts';

/** Per tab, the frame that shows the article, for the popup and the keyboard to talk to. */
export interface ArticleFrames {
  /** The article frame of a tab; the top frame when none asked for the annotator. */
  get(tabId: number): Promise<number>;
  /** Records that a frame of a tab asked for the annotator; false when it is not the article frame. */
  asked(tabId: number, frameId: number): Promise<boolean>;
}

const key = (tabId: number) => `backstory.frame.${tabId}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves once the tab's top page has loaded, or after TOP_FRAME_WAIT_MS. A sub-frame's gate often
 * runs before the top page's (a small frame loads first), and the top page's gate runs by its load
 * at the latest: waiting for it lets a page that is the article itself keep its copies in frames plain.
 */
async function topLoaded(tabId: number): Promise<void> {
  for (let waited = 0; waited < TOP_FRAME_WAIT_MS; waited += TOP_FRAME_POLL_MS) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab || tab.status === 'complete') break;
    await sleep(TOP_FRAME_POLL_MS);
  }
  await sleep(TOP_FRAME_GRACE_MS);
}

/**
 * Remembers article frames. Chromium stops an idle service worker, and the popup usually opens long
 * after the annotator was injected, so the record lives in session storage (memory only, gone when
 * the browser closes); one key per tab, so two tabs never overwrite each other's record.
 */
export function watchArticleFrames(): ArticleFrames {
  const memory = new Map<number, number>();
  const area = browser.storage.session;
  const known = async (tabId: number): Promise<number | undefined> => {
    if (memory.has(tabId) || !area) return memory.get(tabId);
    const value = (await area.get(key(tabId)).catch(() => ({}) as Record<string, unknown>))[key(tabId)];
    return typeof value === 'number' ? value : undefined;
  };
  const forget = (tabId: number) => {
    memory.delete(tabId);
    void area?.remove(key(tabId)).catch(() => undefined);
  };
  // A new page in the tab: its frames are new, and the old record would point the popup at a frame
  // that is gone (or keep the top frame when the new page's article is in a sub-frame).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) forget(tabId);
  });
  browser.tabs.onRemoved.addListener(forget);
  return {
    get: async (tabId) => (await known(tabId)) ?? 0,
    async asked(tabId, frameId) {
      if (frameId !== 0 && (await known(tabId)) === undefined) await topLoaded(tabId);
      const next = nextArticleFrame(await known(tabId), frameId);
      memory.set(tabId, next);
      await area?.set({ [key(tabId)]: next }).catch(() => undefined);
      return next === frameId;
    },
  };
}
