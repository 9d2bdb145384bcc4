import { EMPTY_PAGE, type Occurrence, type PageAnnotation } from '../../lib/annotate/annotate-article.ts';
import { describeView, isStale, viewOf } from '../../lib/annotate/page-view.ts';
import { keyboardTarget } from '../../lib/annotate/reading-position.ts';
import { parentAcross } from '../../lib/article/shadow.ts';
import type { AnnotationModel } from '../../lib/model/annotation-model.ts';
import { unpackModel } from '../../lib/model/packed-model.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings.ts';
import type { DatasetStamp } from '../../lib/ui/freshness.ts';
import { sendToBackground } from '../../extension/messaging.ts';
import { shadowRootReader } from '../../extension/shadow-roots.ts';
import { createAnnotationRuns } from './annotation-runs.ts';
import { createCardPort } from './card-port.ts';
import { answerContentRequests } from './content-messages.ts';
import { watchHover, type HoverControl } from './hover.ts';
import { createPainter } from './painter.ts';
import { report } from './report.ts';
import { watchNavigation, watchPage } from './watch-page.ts';
import { watchSettings } from './watch-settings.ts';

/**
 * Annotates the page, keeps it annotated as it changes, and wires up the card and messages. Each
 * part lives in its own module and is torn down by `signal`; this one holds the page's state.
 */
export function startAnnotator(signal: AbortSignal): void {
  const doc = document;
  const win = window;
  // The matching model comes from the background, asked for at once and read while the settings
  // load: carried inline, its data would be compiled as script on every article page.
  const modelReady = sendToBackground({ type: 'model/get' });
  // The reader's site switch names the site in the address bar: in an embedded copy, the tab's host.
  const siteReady = win === win.top
    ? Promise.resolve(location.hostname)
    : sendToBackground({ type: 'site/get' }).then((host) => host ?? location.hostname, () => location.hostname);
  let site = location.hostname;
  let model: AnnotationModel | null = null;
  let dataset: DatasetStamp = { version: '', date: '' };
  let page: PageAnnotation = EMPTY_PAGE;
  let settings: Settings = DEFAULT_SETTINGS;
  let shown: Occurrence[] = [];
  let cursor = -1;
  let lastBadge = -1;
  let hover: HoverControl | null = null;
  let watchRoots: (roots: readonly Node[]) => void = () => {};
  const idOf = (entry: number) => model?.ids[entry] ?? '';

  const painter = createPainter(win, signal);
  const shadowRootOf = shadowRootReader();
  const port = createCardPort(doc, () => dataset, {
    onPointerEnter: () => hover?.cancelClose(),
    onPointerLeave: () => hover?.scheduleClose(),
    onClose: () => hover?.closeNow(),
  }, (error) => report('opening a card', error), () => painter.tone());
  // Every way a card closes goes through hide: the current-term mark goes with it.
  const card = { ...port, hide: () => { painter.mark(null); port.hide(); } };
  signal.addEventListener('abort', () => card.destroy());

  const open = (index: number, focus: boolean) => {
    const occurrence = shown[index];
    if (!occurrence) return;
    cursor = index;
    painter.restore(); // pages may clear CSS.highlights; put ours back when the reader engages
    painter.mark(occurrence.range);
    // Every line box of the term, so the card covers none of them.
    const anchors = () => {
      const rects = [...occurrence.range.getClientRects()];
      return rects.length ? rects : [occurrence.range.getBoundingClientRect()];
    };
    void card.show(idOf(occurrence.entry), anchors, focus);
  };
  const prefetch = (index: number) => {
    const occurrence = shown[index];
    if (occurrence) card.prefetch(idOf(occurrence.entry));
  };
  const focusOccurrence = (index: number) => {
    if (!hover || !shown[index]) return false;
    cursor = index;
    (parentAcross(shown[index].range.startContainer) ?? doc.body).scrollIntoView({ block: 'center' });
    hover.show(index, true);
    return true;
  };
  // The keyboard starts from where the reader is: the open term while in view, else the viewport's top.
  const tops = () => shown.map((o) => {
    const r = o.range.getBoundingClientRect();
    return r.width || r.height ? r.top : NaN;
  });
  const firstRun = answerContentRequests({
    describe: () => describeView(page, shown, idOf),
    step: (direction) => focusOccurrence(keyboardTarget(tops(), { top: 0, bottom: win.innerHeight }, cursor, direction)),
    focus: (entryId) => focusOccurrence(shown.findIndex((o) => idOf(o.entry) === entryId)),
  }, signal);

  const applyView = () => {
    hover?.closeNow();
    shown = viewOf(page, settings, site);
    cursor = -1;
    painter.paint(shown, page.root);
    // Re-renders inside shadow trees re-annotate too; with nothing shown yet, the roots that may hold
    // the article (read by the annotation itself) are watched, since a component may render it there later.
    watchRoots(shown.length ? painter.shadowRoots() : page.roots);
    if (shown.length && !hover) hover = watchHover(doc, () => shown.map((o) => o.range), card, open, signal, prefetch, painter.shadowRoots);
    if (shown.length !== lastBadge) {
      lastBadge = shown.length;
      sendToBackground({ type: 'badge/set', count: lastBadge }).catch(() => undefined);
    }
  };
  const settingsReady = watchSettings((next) => {
    settings = next;
    try {
      applyView(); // settings apply at once, without reloading the page
    } catch (error) {
      report('applying settings', error);
    }
  }, signal);

  void Promise.all([modelReady, settingsReady, siteReady])
    .then(([packed, stored, host]) => {
      if (signal.aborted) return;
      settings = stored;
      site = host;
      model = unpackModel(packed);
      dataset = { version: packed.version, date: packed.date };
      const annotate = createAnnotationRuns(doc, model, (next) => { page = next; applyView(); }, (error) => {
        report('annotating the article', error);
        painter.clear();
        page = EMPTY_PAGE;
        shown = [];
      }, signal, shadowRootOf);
      void annotate().finally(firstRun);
      watchRoots = watchPage(doc, () => card.hostElement(), () => { if (isStale(page, doc, shadowRootOf)) void annotate(); }, signal);
      watchNavigation(win, () => void annotate(), signal);
    })
    .catch((error) => {
      // No model (the extension is reloading or was removed): nothing is painted, messages get empty answers.
      report('loading the matching model', error);
      firstRun();
    });
}
