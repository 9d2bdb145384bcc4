import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { annotateDocument, type PageAnnotation } from '../../lib/annotate/annotate-article';
import { buildModel } from '../../lib/annotate/build-model';
import { isProbablyArticle } from '../../lib/article/is-probably-article';
import { pageVisibility } from '../../lib/article/visibility';
import { bundledArticles, bundledDataset } from '../../lib/dataset/bundled';
import { paintHighlights, type HighlightApi, type Painting } from '../../lib/highlight/paint-highlights';
import { isContentRequest, type AnnotationsResponse } from '../../lib/messages';
import { createCardHost } from './card-host';
import { watchHover } from './hover';

let reported = false;
/** Logs the first failure once, with context, and never lets it reach the page. */
function report(where: string, error: unknown): void {
  if (reported) return;
  reported = true;
  console.warn(`[Backstory] ${where} failed; the page is left as it was.`, error);
}

function highlightApi(): HighlightApi | null {
  const css = globalThis.CSS as (typeof CSS & { highlights?: HighlightApi['registry'] }) | undefined;
  const Ctor = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (!css?.highlights || !Ctor) return null;
  return { registry: css.highlights, create: (ranges) => new Ctor(...ranges) };
}

/** Annotates the page once and wires up the card and the message contract, all torn down with `ctx`. */
export function startBackstory(ctx: ContentScriptContext): void {
  const doc = document;
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const signal = controller.signal;

  let page: PageAnnotation = { found: false, opEdId: null, root: null, occurrences: [] };
  let painting: Painting | null = null;
  let hover: ReturnType<typeof watchHover> | null = null;

  const respond = (): AnnotationsResponse => ({
    article: { found: page.found, opEdId: page.opEdId },
    annotations: page.occurrences.map((o) => ({
      entryId: bundledDataset.entries[o.entry].id,
      kind: o.kind,
      text: o.text,
    })),
  });
  const onMessage = (msg: unknown) => {
    if (!isContentRequest(msg)) return undefined;
    if (msg.type === 'annotations/get') return Promise.resolve(respond());
    const index = page.occurrences.findIndex((o) => bundledDataset.entries[o.entry].id === msg.entryId);
    if (index === -1) return Promise.resolve({ ok: false });
    const range = page.occurrences[index].range;
    (range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    hover?.show(index, true);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  // The cheap gate: pages that are not articles stop here.
  if (!isProbablyArticle(doc)) return;
  try {
    page = annotateDocument(doc, buildModel(bundledDataset, bundledArticles), pageVisibility(doc));
    const api = highlightApi();
    if (api && page.occurrences.length) painting = paintHighlights(api, page.occurrences);
  } catch (error) {
    report('annotating the article', error);
    page = { found: false, opEdId: null, root: null, occurrences: [] };
  }
  void browser.runtime.sendMessage({ type: 'badge/set', count: page.occurrences.length }).catch(() => undefined);
  if (!page.occurrences.length) return;

  const ranges = () => page.occurrences.map((o) => o.range);
  const card = createCardHost(doc, bundledDataset.version, {
    onPointerEnter: () => hover?.cancelClose(),
    onPointerLeave: () => hover?.scheduleClose(),
    onClose: () => hover?.closeNow(),
  });
  hover = watchHover(
    doc,
    ranges,
    card,
    (index, focus) => {
      try {
        const occurrence = page.occurrences[index];
        painting?.restore(); // pages may clear CSS.highlights; put ours back when the reader engages
        const rect = occurrence.range.getClientRects()[0] ?? occurrence.range.getBoundingClientRect();
        card.show(bundledDataset.entries[occurrence.entry], rect, { focus });
      } catch (error) {
        report('opening a card', error);
      }
    },
    signal,
  );
  signal.addEventListener('abort', () => {
    card.destroy();
    painting?.clear();
  });
}
