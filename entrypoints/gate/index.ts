import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { paragraphLead } from '../../lib/article/article-lead.ts';
import { mentionsSubject, titleNamesSubject } from '../../lib/article/mentions-subject.ts';
import { tooSmallForArticle } from '../../lib/frames/article-frame.ts';
import { emptyResponse, handoff } from '../../lib/handoff.ts';
import { isContentRequest, type ContentRequest, type ContentResponse } from '../../lib/messages.ts';
import { HANDOFF_POLL_MS, HANDOFF_WAIT_MS, MAX_GATE_CHECKS, settleDelay } from '../../lib/timings.ts';
import { extApi } from '../../extension/ext-api.ts';
import { listenerFor, sendToBackground } from '../../extension/messaging.ts';

// The only script that runs on every page, listed in the manifest's content_scripts. It reads the
// title, the first heading and the lead paragraphs, and decides with substring tests whether the page
// may be about the subject. Pages that are not get no message listener, no extension API access (the
// first touch of an API namespace costs more than the whole check) and no regex: a message to such a
// tab fails with "Receiving end does not exist", which callers read as "not an article Backstory
// covers". On the rest the background injects the annotator, which finds the article (other forms of
// paragraphs, shadow roots), recognises the op-ed and decides whether a related article is relevant.
export default defineUnlistedScript(() => {
  // Most sub-frames are ads and widgets: the frame's size alone sends them away, before any DOM or
  // extension API access, with no listener or observer left behind.
  if (window !== window.top && tooSmallForArticle(innerWidth, innerHeight)) return;
  const shared = handoff();
  if (shared.gate) return; // injected twice (extension reload): the first one serves
  shared.gate = true;

  const waitForAnnotator = async () => {
    for (let waited = 0; !shared.handle && waited < HANDOFF_WAIT_MS; waited += HANDOFF_POLL_MS) {
      await new Promise((resolve) => setTimeout(resolve, HANDOFF_POLL_MS));
    }
    return shared.handle;
  };
  // A message to the whole tab reaches every frame and the first answer wins: a frame whose request
  // was declined (a copy inside a page that is itself the article) stays silent.
  const answer = (msg: ContentRequest): Promise<ContentResponse<ContentRequest>> | undefined => {
    if (shared.handle) return shared.handle(msg);
    if (shared.requested) return waitForAnnotator().then((handle) => handle?.(msg) ?? emptyResponse(true));
    return undefined;
  };
  let listening = false;
  const request = () => {
    if (shared.requested) return false;
    // An article whose lead or title names the subject; or, without a `p` article, a title or first
    // heading that names it (paragraphs in other forms, shadow roots: the annotator looks).
    const lead = paragraphLead(document);
    if (!(lead === null ? titleNamesSubject(document) : mentionsSubject(document, lead))) return false;
    const api = extApi();
    if (!api?.runtime) return false;
    shared.requested = true;
    shared.lead = lead !== null;
    if (!listening) api.runtime.onMessage.addListener(listenerFor(isContentRequest, answer));
    listening = true;
    sendToBackground({ type: 'inject', part: 'annotator' }).then((injected) => {
      shared.requested = injected; // declined: a sub-frame of a page that is the article stays silent
    }, () => {
      shared.requested = false; // extension reloading or the page going away
    });
    return true;
  };

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
  observer.observe(document.documentElement, { childList: true, subtree: true });
});
