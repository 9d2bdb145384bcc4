import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import compiled from 'virtual:backstory-model';
import { annotateDocument, type AnnotationModel, type PageAnnotation } from '../../lib/annotate/annotate-article';
import { modelFromCompiled } from '../../lib/annotate/compiled-model';
import { isProbablyArticle } from '../../lib/article/is-probably-article';
import { pageVisibility } from '../../lib/article/visibility';
import { handoff } from '../../lib/handoff';
import { paintHighlights, type HighlightApi, type Painting } from '../../lib/highlight/paint-highlights';
import { isContentRequest, type AnnotationsResponse } from '../../lib/messages';
import { createCardPort } from './card-port';
import { watchHover, type HoverControl } from './hover';
import { watchPage } from './watch-page';

let reported = false;
/** Logs the first failure once, with context, and never lets it reach the page. */
export function report(where: string, error: unknown): void {
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
export function startAnnotator(ctx: ContentScriptContext): void {
  const doc = document;
  const signal = ctx.signal;
  const model: AnnotationModel = modelFromCompiled(compiled);
  const idOf = (entry: number) => model.entries[entry].id;

  let page: PageAnnotation = NOTHING;
  let painting: Painting | null = null;
  let hover: HoverControl | null = null;
  let lastBadge = -1;

  const respond = (): AnnotationsResponse => ({
    article: { found: page.found, opEdId: page.opEdId },
    annotations: page.occurrences.map((o) => ({ entryId: idOf(o.entry), kind: o.kind, text: o.text })),
  });
  const shared = handoff();
  shared.handle = (msg) => {
    if (!isContentRequest(msg)) return undefined;
    if (msg.type === 'annotations/get') return Promise.resolve(respond());
    const index = page.occurrences.findIndex((o) => idOf(o.entry) === msg.entryId);
    if (index === -1 || !hover) return Promise.resolve({ ok: false });
    (page.occurrences[index].range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center' });
    hover.show(index, true);
    return Promise.resolve({ ok: true });
  };
  signal.addEventListener('abort', () => { shared.handle = undefined; });

  const card = createCardPort(doc, compiled.version, {
    onPointerEnter: () => hover?.cancelClose(),
    onPointerLeave: () => hover?.scheduleClose(),
    onClose: () => hover?.closeNow(),
  }, (error) => report('opening a card', error));
  signal.addEventListener('abort', () => {
    card.destroy();
    painting?.clear();
  });

  const startHover = () =>
    watchHover(
      doc,
      () => page.occurrences.map((o) => o.range),
      card,
      (index, focus) => {
        const occurrence = page.occurrences[index];
        if (!occurrence) return;
        painting?.restore(); // pages may clear CSS.highlights; put ours back when the reader engages
        const anchor = () => occurrence.range.getClientRects()[0] ?? occurrence.range.getBoundingClientRect();
        void card.show(idOf(occurrence.entry), anchor, focus);
      },
      signal,
      (index) => {
        const occurrence = page.occurrences[index];
        if (occurrence) card.prefetch(idOf(occurrence.entry));
      },
    );

  const annotate = () => {
    try {
      const next = isProbablyArticle(doc) ? annotateDocument(doc, model, pageVisibility(doc)) : NOTHING;
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

  annotate();
  watchPage(doc, () => card.hostElement(), () => { if (isStale(page, doc)) annotate(); }, signal);
  // Single-page sites: another article under a new URL.
  ctx.addEventListener(window, 'wxt:locationchange', () => annotate());
}
