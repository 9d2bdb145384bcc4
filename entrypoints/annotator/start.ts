import { extApi } from './ext-api';
import { annotateSteps, type AnnotationModel, type Occurrence, type PageAnnotation } from '../../lib/annotate/annotate-article';
import { modelFromCompiled, type CompiledModel } from '../../lib/annotate/compiled-model';
import { isProbablyArticle } from '../../lib/article/is-probably-article';
import { pageVisibility } from '../../lib/article/visibility';
import { handoff } from '../../lib/handoff';
import { paintHighlights, type HighlightApi, type Painting } from '../../lib/highlight/paint-highlights';
import { isContentRequest, type AnnotationsResponse } from '../../lib/messages';
import { runSliced } from '../../lib/schedule/run-steps';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings';
import { isDarkBehind } from '../../lib/ui/contrast';
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
export function startAnnotator(signal: AbortSignal): void {
  const browser = extApi();
  const doc = document;
  // The matching model comes from the background, asked for at once and read while the settings
  // load: carried inline, its data would be compiled as script on every article page, at a cost that
  // grows with the dataset.
  const modelReady = browser.runtime.sendMessage({ type: 'model/get' }) as Promise<CompiledModel>;
  let model: AnnotationModel | null = null;
  let datasetVersion = '';
  const idOf = (entry: number) => model?.ids[entry] ?? '';

  let page: PageAnnotation = NOTHING;
  /** The occurrences the reader's settings let show: painted, listed and stepped through. */
  let shown: Occurrence[] = [];
  let settings: Settings = DEFAULT_SETTINGS;
  let painting: Painting | null = null;
  let hover: HoverControl | null = null;
  let cursor = -1;
  let lastBadge = -1;

  const respond = (): AnnotationsResponse => ({
    article: { found: page.found, opEdId: page.opEdId },
    annotations: shown.map((o) => ({ entryId: idOf(o.entry), kind: o.kind, text: o.text })),
  });
  const focusOccurrence = (index: number) => {
    if (!hover || !shown[index]) return false;
    cursor = index;
    (shown[index].range.startContainer.parentElement ?? doc.body).scrollIntoView({ block: 'center' });
    hover.show(index, true);
    return true;
  };
  // Messages are answered once the first annotation has run (settings are read before it).
  let firstRun: () => void = () => {};
  const annotated = new Promise<void>((resolve) => { firstRun = resolve; });
  const shared = handoff();
  shared.handle = (msg) => {
    if (!isContentRequest(msg)) return undefined;
    return annotated.then(() => {
      if (msg.type === 'annotations/get') return respond();
      if (msg.type === 'annotations/step') {
        if (!shown.length) return { ok: false };
        return { ok: focusOccurrence((cursor + msg.direction + shown.length) % shown.length) };
      }
      return { ok: focusOccurrence(shown.findIndex((o) => idOf(o.entry) === msg.entryId)) };
    });
  };
  signal.addEventListener('abort', () => { shared.handle = undefined; });

  const card = createCardPort(doc, () => datasetVersion, {
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
      () => shown.map((o) => o.range),
      card,
      (index, focus) => {
        const occurrence = shown[index];
        if (!occurrence) return;
        cursor = index;
        painting?.restore(); // pages may clear CSS.highlights; put ours back when the reader engages
        const anchor = () => occurrence.range.getClientRects()[0] ?? occurrence.range.getBoundingClientRect();
        void card.show(idOf(occurrence.entry), anchor, focus);
      },
      signal,
      (index) => {
        const occurrence = shown[index];
        if (occurrence) card.prefetch(idOf(occurrence.entry));
      },
    );

  /** Paints what the settings allow, in the tone that suits the article's background. */
  let dark = false;
  let toneFor: Element | null = null;
  const paint = () => {
    painting?.clear();
    painting = null;
    const api = highlightApi();
    if (api && shown.length) painting = paintHighlights(api, shown, dark ? 'dark' : 'light');
  };
  // Reading the background forces style work if done now; after the next frame the styles are
  // clean and the read is nearly free. Repaint only if the article turns out to be dark.
  const checkTone = () => {
    if (!page.root || toneFor === page.root) return;
    const root = page.root;
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (signal.aborted || page.root !== root) return;
        toneFor = root;
        const isDark = isDarkBehind(root, (el) => getComputedStyle(el));
        if (isDark !== dark) {
          dark = isDark;
          paint();
        }
      }, 0),
    );
  };
  const applyView = () => {
    hover?.closeNow();
    shown = isActiveOn(settings, location.hostname) ? page.occurrences.filter((o) => !settings.hiddenKinds.includes(o.kind)) : [];
    cursor = -1;
    paint();
    if (shown.length) checkTone();
    if (shown.length && !hover) hover = startHover();
    if (shown.length !== lastBadge) {
      lastBadge = shown.length;
      void browser.runtime.sendMessage({ type: 'badge/set', count: lastBadge }).catch(() => undefined);
    }
  };

  // Annotation runs in slices of at most 8 ms, so even a 5 MB page never blocks the reader;
  // a newer run (the page changed again) abandons an older one.
  let generation = 0;
  const annotate = async () => {
    const mine = ++generation;
    if (!model) return; // runs are only started once the model has arrived
    try {
      // annotateSteps checks first that the page is an article at all, except on the first run:
      // the gate injected this script because it had just found one.
      const next = await runSliced(annotateSteps(doc, model, pageVisibility(doc), mine === 1), { budgetMs: 8, cancelled: () => mine !== generation || signal.aborted });
      if (!next || mine !== generation) return;
      page = next;
      applyView();
    } catch (error) {
      report('annotating the article', error);
      painting?.clear();
      painting = null;
      page = NOTHING;
      shown = [];
    }
  };

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settings = parseSettings(changes[SETTINGS_KEY].newValue);
    try {
      applyView(); // settings apply at once, without reloading the page
    } catch (error) {
      report('applying settings', error);
    }
  };
  browser.storage.onChanged.addListener(onStorage);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onStorage));

  // Read the settings first so a site the reader switched off never flashes highlights.
  const settingsReady = browser.storage.local
    .get(SETTINGS_KEY)
    .then((stored) => { settings = parseSettings(stored[SETTINGS_KEY]); }, () => undefined);
  void Promise.all([modelReady, settingsReady])
    .then(([compiled]) => {
      if (signal.aborted) return;
      model = modelFromCompiled(compiled);
      datasetVersion = compiled.version;
      void annotate().finally(firstRun);
      watchPage(doc, () => card.hostElement(), () => { if (isStale(page, doc)) void annotate(); }, signal);
      // Single-page sites: another article under a new URL (the DOM watcher sees the swap too).
      // One listener: the Navigation API where the browser has it, else history's popstate.
      const nav = (globalThis as { navigation?: EventTarget }).navigation;
      if (nav) nav.addEventListener('navigatesuccess', () => void annotate(), { signal });
      else addEventListener('popstate', () => void annotate(), { signal });
    })
    .catch((error) => {
      // No model (the extension is reloading or was removed): nothing is painted, messages get empty answers.
      report('loading the matching model', error);
      firstRun();
    });
}
