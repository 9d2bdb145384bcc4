import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { articleLead, isProbablyArticle, shadowArticleLead } from '../../lib/article/is-probably-article.ts';
import { mentionsSubject } from '../../lib/article/mentions-subject.ts';
import { tooSmallForArticle } from '../../lib/frames/article-frame.ts';
import { emptyResponse, handoff } from '../../lib/handoff.ts';
import { isContentRequest, type ContentRequest, type ContentResponse } from '../../lib/messages.ts';
import { HANDOFF_POLL_MS, HANDOFF_WAIT_MS, MAX_GATE_CHECKS, settleDelay } from '../../lib/timings.ts';
import { extApi } from '../../extension/ext-api.ts';
import { listenerFor, sendToBackground } from '../../extension/messaging.ts';
import { shadowRootReader } from '../../extension/shadow-roots.ts';

// The only script that runs on every page, listed in the manifest's content_scripts. Kept to a
// cheap gate and one message listener, with the browser's own API object rather than the
// polyfill, so pages that are not articles about the subject pay next to nothing. Everything else
// (matching, painting, the card, the notes) is injected by the background on article pages only.
export default defineUnlistedScript(() => {
  // Most sub-frames are ads and widgets: the frame's size alone sends them away, before any DOM or
  // extension API access, with no listener or observer left behind.
  if (window !== window.top && tooSmallForArticle(innerWidth, innerHeight)) return;
  const api = extApi();
  if (!api?.runtime) return;
  const shared = handoff();
  if (shared.gate) return; // injected twice (extension reload): the first one serves
  shared.gate = true;

  // Shadow roots read while looking for the article are watched too: a component may render the
  // article into its root later, which the document's observer does not see. Only pages whose title
  // or first heading names the subject ever read a root.
  const read = shadowRootReader();
  const watched = new Set<ShadowRoot>();
  let watchRoot = (_root: ShadowRoot) => {};
  const shadowRootOf = (el: Element) => {
    const root = read(el);
    if (root && !watched.has(root)) {
      watched.add(root);
      watchRoot(root);
    }
    return root;
  };
  const request = () => {
    if (shared.requested) return false;
    let lead = articleLead(document);
    // No article in the light DOM: web-component sites render it inside shadow roots. Looked for
    // only when the title or first heading names the subject, so other pages pay one regex test.
    const inShadow = lead === null && (lead = shadowArticleLead(document, shadowRootOf)) !== null;
    if (lead === null || !mentionsSubject(document, lead)) return false;
    shared.requested = true;
    shared.inShadow = inShadow;
    sendToBackground({ type: 'inject', part: 'annotator' }).then((injected) => {
      shared.requested = injected; // declined: a sub-frame of a page that is the article stays silent
    }, () => {
      shared.requested = false; // extension reloading or the page going away
    });
    return true;
  };

  const waitForAnnotator = async () => {
    for (let waited = 0; !shared.handle && waited < HANDOFF_WAIT_MS; waited += HANDOFF_POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, HANDOFF_POLL_MS));
    }
    return shared.handle;
  };
  const answer = (msg: ContentRequest): Promise<ContentResponse<ContentRequest>> | undefined => {
    if (shared.handle) return shared.handle(msg);
    if (shared.requested) return waitForAnnotator().then((handle) => handle?.(msg) ?? emptyResponse(true));
    // A message to the whole tab reaches every frame and the first answer wins: a sub-frame without
    // our article stays silent, and the top frame lets an article frame answer first.
    if (window !== window.top) return undefined;
    if (msg.type !== 'annotations/get') return Promise.resolve({ ok: false });
    const empty = emptyResponse(isProbablyArticle(document));
    return sendToBackground({ type: 'frame/get' }).then(
      (frame) => (frame ? new Promise((resolve) => setTimeout(resolve, HANDOFF_WAIT_MS, empty)) : empty),
      () => empty,
    );
  };
  api.runtime.onMessage.addListener(listenerFor(isContentRequest, answer));

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
      if (request() || ++checks >= MAX_GATE_CHECKS) observer.disconnect();
    }, settleDelay(first, now));
  });
  const options = { childList: true, subtree: true };
  observer.observe(document.documentElement, options);
  watchRoot = (root) => observer.observe(root, options);
  for (const root of watched) watchRoot(root);
});
