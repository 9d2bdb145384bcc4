import { browser } from 'wxt/browser';
import { nextArticleFrame } from '../../lib/frames/article-frame.ts';

/** Per tab, the frame that shows the article, for the popup and the keyboard to talk to. */
export interface ArticleFrames {
  /** The article frame of a tab; the top frame when none asked for the annotator. */
  get(tabId: number): Promise<number>;
  /** Records that a frame of a tab asked for the annotator. */
  asked(tabId: number, frameId: number): Promise<void>;
}

const key = (tabId: number) => `backstory.frame.${tabId}`;

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
      const next = nextArticleFrame(await known(tabId), frameId);
      memory.set(tabId, next);
      await area?.set({ [key(tabId)]: next }).catch(() => undefined);
    },
  };
}
