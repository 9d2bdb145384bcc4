// Per-page medians of the benchmark's raw runs, and the medians of groups of pages (the corpus pages
// with and without the op-ed), which the targets and the report read.
import { max, median, ratio } from './stats.mjs';

const KB = 1024;
/** Medians over the runs of one page. */
export function summarisePage(p) {
  const ext = p.runs.ext;
  const plain = p.runs.plain;
  const t = (f) => ext.map((r) => (r.trace ? f(r.trace) : null));
  const sdExt = median(ext.map((r) => r.scriptMs));
  const sdPlain = median(plain.map((r) => r.scriptMs));
  const heapExt = median(ext.map((r) => r.heapBytes));
  const heapPlain = median(plain.map((r) => r.heapBytes));
  const marks = plain.filter((r) => r.mark);
  // Primary: thread (CPU) time, which other work on the machine does not inflate; wall time beside it.
  const extMs = median(t((x) => x.scriptCpuMs));
  const floorMs = median(plain.map((r) => r.floor?.cpuMs ?? r.floor?.ms));
  const markMs = median(marks.map((r) => r.mark.cpuMs ?? r.mark.ms));
  const extWallMs = median(t((x) => x.scriptWallMs));
  const floorWallMs = median(plain.map((r) => r.floor?.ms));
  const markWallMs = median(marks.map((r) => r.mark.ms));
  // The reference content scripts on the same page in the same run (corpus pages only).
  const refs = Object.fromEntries(Object.entries(p.runs.refs ?? {}).map(([name, runs]) => [name, median(runs)]));
  return {
    id: p.id,
    label: p.label,
    refs,
    overRef: Object.fromEntries(Object.entries(refs).map(([name, ms]) => [name, ratio(extMs, ms)])),
    group: p.group,
    hasOped: p.hasOped,
    note: p.note ?? null,
    bytes: p.bytes ?? null,
    articleX: p.articleX ?? null,
    pageX: p.pageX ?? null,
    runs: ext.length,
    // The extension's main-thread script time (trace: its scripts and the callbacks they scheduled).
    extMs,
    extWallMs,
    // CDP Performance.getMetrics ScriptDuration, with minus without (wall; misses promise continuations).
    scriptDurationExtMs: sdExt,
    scriptDurationPlainMs: sdPlain,
    scriptDurationDeltaMs: sdExt == null || sdPlain == null ? null : sdExt - sdPlain,
    floorMs,
    floorWallMs,
    textChars: median(plain.map((r) => r.floor?.chars)),
    markMs,
    markWallMs,
    markRuns: marks.length,
    markMatches: median(marks.map((r) => r.mark.marks)),
    markSkipped: p.markSkipped ?? null,
    extOverFloor: ratio(extMs, floorMs),
    markOverExt: ratio(markMs, extMs),
    extOverFloorWall: ratio(extWallMs, floorWallMs),
    markOverExtWall: ratio(markWallMs, extWallMs),
    longestTaskMs: median(t((x) => x.longestTaskCpuMs)),
    longestTaskWallMs: median(t((x) => x.longestTaskMs)),
    longestTaskMaxMs: max(t((x) => x.longestTaskCpuMs)),
    longestTaskWallMaxMs: max(t((x) => x.longestTaskMs)),
    longestTaskWhat: ext.map((r) => r.trace?.longestTaskWhat).filter(Boolean).at(-1) ?? null,
    extTasks: median(t((x) => x.tasks)),
    // Only where something was highlighted.
    loadToPaintMs: median(ext.map((r) => (r.trace && r.highlights?.ranges > 0 ? r.trace.loadToPaintMs : null))),
    heapAddedKB: heapExt == null || heapPlain == null ? null : (heapExt - heapPlain) / KB,
    heapExtKB: heapExt == null ? null : heapExt / KB,
    highlights: median(ext.map((r) => r.highlights?.ranges)),
    badge: median(ext.map((r) => r.badge)),
    annotatorInjected: ext.some((r) => r.injected),
    byFile: mergeByFile(ext.map((r) => r.trace?.byFile).filter(Boolean)),
    pageLongTasksWith: median(ext.map((r) => r.longTasks?.length ?? null)),
    pageLongTasksWithout: median(plain.map((r) => r.longTasks?.length ?? null)),
  };
}

function mergeByFile(list) {
  const keys = [...new Set(list.flatMap((x) => Object.keys(x)))];
  return Object.fromEntries(
    keys.map((k) => [
      k,
      {
        wallMs: median(list.map((x) => x[k]?.wallMs ?? 0)),
        cpuMs: median(list.map((x) => x[k]?.cpuMs ?? 0)),
        compileMs: median(list.map((x) => x[k]?.compileMs ?? 0)),
        tasks: median(list.map((x) => x[k]?.tasks ?? 0)),
      },
    ]),
  );
}

/** The pages of one group ('corpus-oped', 'corpus-plain', 'synthetic'). */
export const byGroup = (results, group) => results.pages.filter((p) => p.group === group);
/** One page's summary by id. */
export const page = (results, id) => results.pages.find((p) => p.id === id);

/** Medians across pages of a group (ratios: median of the per-page ratios). */
/** The reference content scripts, in the order the report lists them (bench/reference-scripts.mjs). */
export const REFERENCES = ['empty', 'listener', 'naive'];

/** Medians of one group of pages (the corpus pages with or without the op-ed). */
export function groupSummary(pages) {
  const m = (k) => median(pages.map((p) => p[k]));
  return {
    pages: pages.length,
    extMs: m('extMs'),
    extWallMs: m('extWallMs'),
    scriptDurationDeltaMs: m('scriptDurationDeltaMs'),
    floorMs: m('floorMs'),
    floorWallMs: m('floorWallMs'),
    markMs: m('markMs'),
    markWallMs: m('markWallMs'),
    extOverFloor: m('extOverFloor'),
    markOverExt: m('markOverExt'),
    extOverFloorWall: m('extOverFloorWall'),
    markOverExtWall: m('markOverExtWall'),
    longestTaskMs: m('longestTaskMs'),
    longestTaskWallMs: m('longestTaskWallMs'),
    longestTaskMaxMs: max(pages.map((p) => p.longestTaskMaxMs)),
    longestTaskWallMaxMs: max(pages.map((p) => p.longestTaskWallMaxMs)),
    loadToPaintMs: m('loadToPaintMs'),
    heapAddedKB: m('heapAddedKB'),
    highlights: pages.reduce((n, p) => n + (p.highlights ?? 0), 0),
    recognised: pages.filter((p) => (p.highlights ?? 0) > 0).length,
    injected: pages.filter((p) => p.annotatorInjected).length,
    // Per reference: its median time, and the median of the per-page ratios Backstory / reference.
    refs: Object.fromEntries(REFERENCES.map((name) => [name, median(pages.map((p) => p.refs?.[name]))])),
    overRef: Object.fromEntries(REFERENCES.map((name) => [name, median(pages.map((p) => p.overRef?.[name]))])),
  };
}
