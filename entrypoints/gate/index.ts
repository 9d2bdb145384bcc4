import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { articleLead, isProbablyArticle } from '../../lib/article/is-probably-article';
import { mentionsSubject } from '../../lib/article/mentions-subject';
import { emptyResponse, handoff } from '../../lib/handoff';
import { isContentRequest } from '../../lib/messages';

/** How long a message waits for the annotator the gate has asked for. */
const HANDOFF_WAIT_MS = 3000;
/** Re-checks of a page that is not (yet) an article about the subject, before the gate gives up. */
const MAX_CHECKS = 40;

/** The slice of the extension API the gate needs; `browser` (Firefox) or `chrome` (Chromium, MV3 promises). */
interface GateApi {
  runtime: {
    sendMessage(msg: unknown): Promise<unknown>;
    onMessage: { addListener(l: (msg: unknown, sender: unknown, respond: (r: unknown) => void) => boolean | undefined): void };
  };
}

// The only script that runs on every page, listed in the manifest's content_scripts. Kept to a
// cheap gate and one message listener, with the browser's own API object rather than the
// polyfill, so pages that are not articles about the subject pay next to nothing. Everything else
// (matching, painting, the card, the notes) is injected by the background on article pages only.
export default defineUnlistedScript(() => {
  const g = globalThis as unknown as { browser?: GateApi; chrome?: GateApi };
  const api = g.browser?.runtime?.onMessage ? g.browser : g.chrome;
  if (!api) return;
  const shared = handoff();
  if (shared.gate) return; // injected twice (extension reload): the first one serves
  shared.gate = true;

  const request = () => {
    if (shared.requested) return false;
    const lead = articleLead(document);
    if (lead === null || !mentionsSubject(document, lead)) return false;
    shared.requested = true;
    api.runtime.sendMessage({ type: 'inject', part: 'annotator' }).catch(() => {
      shared.requested = false; // extension reloading or the page going away
    });
    return true;
  };

  const waitForAnnotator = async () => {
    for (let waited = 0; !shared.handle && waited < HANDOFF_WAIT_MS; waited += 25) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return shared.handle;
  };
  const answer = (msg: unknown): Promise<unknown> | undefined => {
    if (!isContentRequest(msg)) return undefined;
    if (shared.handle) return shared.handle(msg);
    if (!shared.requested) return Promise.resolve(msg.type === 'annotations/get' ? emptyResponse(isProbablyArticle(document)) : { ok: false });
    return waitForAnnotator().then((handle) => handle?.(msg) ?? emptyResponse(true));
  };
  // sendResponse + `return true` works in every browser; returning a promise does not everywhere.
  api.runtime.onMessage.addListener((msg, _sender, respond) => {
    const reply = answer(msg);
    if (!reply) return undefined;
    reply.then(respond, () => respond(undefined));
    return true;
  });

  if (request()) return;
  // Client-rendered pages and single-page navigation: the article may arrive later. Re-check after
  // DOM bursts settle, until the annotator has been asked for (it then watches the page itself).
  let timer = 0;
  let first = 0;
  let checks = 0;
  const observer = new MutationObserver(() => {
    const now = Date.now();
    first ||= now;
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      first = 0;
      if (request() || ++checks >= MAX_CHECKS) observer.disconnect();
    }, Math.max(0, Math.min(150, first + 600 - now)));
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
});
