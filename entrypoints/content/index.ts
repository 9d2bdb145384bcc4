import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import './highlights.css';
import { isProbablyArticle } from '../../lib/article/is-probably-article';
import { mentionsSubject } from '../../lib/article/mentions-subject';
import { emptyResponse, handoff } from '../../lib/handoff';
import { isContentRequest } from '../../lib/messages';

/** How long a message waits for the annotator the gate has asked for. */
const HANDOFF_WAIT_MS = 3000;

// The part that runs on every page: a cheap gate and one message listener. Everything else
// (matching, painting, the card, the notes) is injected by the background on article pages only.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    const shared = handoff();
    const request = () => {
      if (shared.requested || !isProbablyArticle(document) || !mentionsSubject(document)) return false;
      shared.requested = true;
      void browser.runtime.sendMessage({ type: 'inject', part: 'annotator' }).catch(() => {
        shared.requested = false; // extension reloading or the page is going away
      });
      return true;
    };

    const waitForAnnotator = async () => {
      for (let waited = 0; !shared.handle && waited < HANDOFF_WAIT_MS; waited += 25) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return shared.handle;
    };
    const onMessage = (msg: unknown) => {
      if (!isContentRequest(msg)) return undefined;
      if (shared.handle) return shared.handle(msg);
      if (!shared.requested) return Promise.resolve(msg.type === 'annotations/get' ? emptyResponse(isProbablyArticle(document)) : { ok: false });
      return waitForAnnotator().then((handle) => handle?.(msg) ?? emptyResponse(true));
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    if (request()) return;
    // Client-rendered pages: the article may arrive later. Re-check after DOM bursts settle,
    // until the annotator has been asked for (it then watches the page itself).
    let timer = 0;
    let first = 0;
    const observer = new MutationObserver(() => {
      const now = Date.now();
      first ||= now;
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        first = 0;
        if (request()) observer.disconnect();
      }, Math.max(0, Math.min(150, first + 600 - now)));
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      if (request()) observer.disconnect();
    });
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
    });
  },
});
