import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { annotateDocument, type AnnotationModel, type PageAnnotation } from '../../lib/annotate/annotate-article';
import { buildModel } from '../../lib/annotate/build-model';
import { isProbablyArticle } from '../../lib/article/is-probably-article';
import { pageVisibility } from '../../lib/article/visibility';
import { bundledArticles, bundledDataset } from '../../lib/dataset/bundled';
import { paintHighlights, type HighlightApi, type Painting } from '../../lib/highlight/paint-highlights';
import { isContentRequest, type AnnotationsResponse } from '../../lib/messages';
import { createCardHost } from './card-host';
import { watchHover, type HoverControl } from './hover';
import { watchPage } from './watch-page';

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

const NOTHING: PageAnnotation = { found: false, opEdId: null, root: null, occurrences: [] };

/** True when the page changed under our ranges: a re-render replaced text or the article left. */
function isStale(page: PageAnnotation, doc: Document): boolean {
  if (page.root && !page.root.isConnected) return true;
  if (!page.found) return isProbablyArticle(doc);
  return page.occurrences.some((o) => o.range.collapsed || o.range.toString() !== o.text);
}

/** Annotates the page, keeps it annotated as it changes, and wires up the card and messages; torn down with `ctx`. */
export function startBackstory(ctx: ContentScriptContext): void {
  const doc = document;
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const signal = controller.signal;

  let page: PageAnnotation = NOTHING;
  let painting: Painting | null = null;
  let hover: HoverControl | null = null;
  let model: AnnotationModel | null = null;
  let lastBadge = -1;

  const respond = (): AnnotationsResponse => ({
    article: { found: page.found, opEdId: page.opEdId },
    annotations: page.occurrences.map((o) => ({ entryId: bundledDataset.entries[o.entry].id, kind: o.kind, text: o.text })),
  });
  const onMessage = (msg: unknown) => {
    if (!isContentRequest(msg)) return undefined;
    if (msg.type === 'annotations/get') return Promise.resolve(respond());
    const index = page.occurrences.findIndex((o) => bundledDataset.entries[o.entry].id === msg.entryId);
    if (index === -1 || !hover) return Promise.resolve({ ok: false });
    const range = page.occurrences[index].range;
    (range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center' });
    hover.show(index, true);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onMessage);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage));

  const card = createCardHost(doc, bundledDataset.version, {
    onPointerEnter: () => hover?.cancelClose(),
    onPointerLeave: () => hover?.scheduleClose(),
    onClose: () => hover?.closeNow(),
  });
  signal.addEventListener('abort', () => {
    card.destroy();
    painting?.clear();
  });

  const annotate = () => {
    try {
      // The cheap gate: pages that are not articles stop here, before the model is even built.
      const next = isProbablyArticle(doc)
        ? annotateDocument(doc, (model ??= buildModel(bundledDataset, bundledArticles)), pageVisibility(doc))
        : NOTHING;
      hover?.closeNow();
      painting?.clear();
      painting = null;
      page = next;
      const api = highlightApi();
      if (api && page.occurrences.length) painting = paintHighlights(api, page.occurrences);
      if (page.occurrences.length && !hover) hover = startHover();
    } catch (error) {
      report('annotating the article', error);
      painting?.clear();
      painting = null;
      page = NOTHING;
    }
    if (page.occurrences.length !== lastBadge) {
      lastBadge = page.occurrences.length;
      void browser.runtime.sendMessage({ type: 'badge/set', count: lastBadge }).catch(() => undefined);
    }
  };

  const startHover = () =>
    watchHover(
      doc,
      () => page.occurrences.map((o) => o.range),
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

  annotate();
  watchPage(doc, () => card.hostElement(), () => { if (isStale(page, doc)) annotate(); }, signal);
  // Single-page sites: another article under a new URL.
  ctx.addEventListener(window, 'wxt:locationchange', () => annotate());
}
