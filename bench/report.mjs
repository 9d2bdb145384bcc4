// Turns the benchmark's summaries and targets into a Markdown report and an SVG plot (written by
// hand: no plotting library).
import { articleSeries } from './plot.mjs';
import { fmt, fmtX, ratio } from './stats.mjs';
import { byGroup, groupSummary, page, REFERENCES } from './summaries.mjs';

const KB = 1024;
const OK = (pass) => (pass == null ? 'N/A' : pass ? 'PASS' : 'FAIL');

const row = (cells) => `| ${cells.join(' | ')} |`;
const both = (cpu, wall) => (cpu == null && wall == null ? '–' : `${fmt(cpu)} / ${fmt(wall)}`);

function mainRow(label, oped, p) {
  return row([
    label,
    oped,
    p.highlights == null ? '–' : fmt(p.highlights),
    both(p.extMs, p.extWallMs),
    fmt(p.scriptDurationDeltaMs),
    both(p.floorMs, p.floorWallMs),
    p.markMs == null ? (p.markSkipped ? 'not run' : '–') : both(p.markMs, p.markWallMs),
    fmtX(p.extOverFloor),
    fmtX(p.markOverExt),
    both(p.longestTaskMs, p.longestTaskWallMs),
    fmt(p.loadToPaintMs),
    fmt(p.heapAddedKB),
  ]);
}

const MAIN_HEAD = [
  row(['Page', 'Op-ed', 'Highlights', 'Extension ms (CPU / wall)', 'ScriptDuration Δ ms', 'Floor ms', 'mark.js ms', 'Ext. / floor', 'mark.js / ext.', 'Longest ext. task ms', 'Load → painted ms', 'Heap + KB']),
  row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
];

/** The report: targets, the main table, scaling, sizes, profiles, every corpus page, method. */
export function renderMarkdown(results) {
  const { meta } = results;
  const out = [];
  out.push('# Backstory benchmark', '');
  out.push(
    `${meta.date.slice(0, 10)} · ${meta.chromium}, headless · Node ${meta.node} · ${meta.cpus} × ${meta.cpuModel ?? 'CPU'} · ` +
      `load average ${meta.loadAverageStart.map((x) => x.toFixed(1)).join('/')} at start, ${meta.loadAverageEnd.map((x) => x.toFixed(1)).join('/')} at end · ` +
      `${meta.runs} runs per page (medians; 5 MB and 100,000-element pages: ${Math.min(meta.runs, meta.heavyRuns ?? meta.runs)})${meta.quick ? ', --quick' : ''} · ${Math.round(meta.durationS)} s in all. ` +
      'Produced by `npm run bench`; raw runs in `bench-results/bench.json`.',
    '',
  );
  out.push('## Targets', '');
  out.push('Judged on thread CPU time (what the code costs, whatever else the machine runs); wall time is given beside it.', '');
  for (const t of results.targets) out.push(`- **${OK(t.pass)}** ${t.title}: **${t.value}** (${t.detail})`);
  out.push('');

  out.push('## Script time per page', '');
  out.push(
    '*Extension*: the extension\'s main-thread script in the page (its scripts and the callbacks they schedule, from a trace of the load), as thread CPU time / wall time. ' +
      '*Floor*: one TreeWalker pass collecting the page\'s text; *mark.js*: mark.js 8.11 with `acrossElements` marking the dataset\'s ' +
      `${meta.markJs.aliases} aliases; both on the same page in the same run, in the browser without the extension. Ratios use CPU time. ` +
      'Corpus rows are medians over the templates (ratios: the median of the per-page ratios); every template is listed at the end. ' +
      '*Reference* rows: the same build with only its every-page script replaced by a reference content script (`npm run bench:references` describes them: `empty` does nothing, `listener` registers the message listener, `naive` walks the text and highlights every alias with indexOf), loaded on the same pages in the same rounds; CPU ms.',
    '',
  );
  out.push(...MAIN_HEAD);
  const oped = byGroup(results, 'corpus-oped');
  const plain = byGroup(results, 'corpus-plain');
  for (const [group, label, yes] of [[oped, 'op-ed pages', 'yes'], [plain, 'pages without the op-ed', 'no']]) {
    if (!group.length) continue;
    const g = groupSummary(group);
    out.push(mainRow(`**Corpus, ${label} (${group.length})**`, yes, g));
    // The reference content scripts on the same pages in the same run: their script time, and Backstory's multiple of it.
    for (const name of REFERENCES) if (g.refs[name] != null) out.push(row([`↳ reference: ${name} (Backstory ${fmtX(g.overRef[name])} of it)`, yes, '–', fmt(g.refs[name]), '–', '–', '–', '–', '–', '–', '–', '–']));
  }
  for (const p of results.pages.filter((x) => x.group === 'synthetic')) out.push(mainRow(`${p.label} (${fmt(p.bytes / KB / KB, 2)} MB)`, p.hasOped ? 'yes' : 'no', p));
  out.push('');
  const notes = results.pages.filter((x) => x.group === 'synthetic' && x.note).map((p) => `\`${p.label}\`: ${p.note}`);
  if (notes.length) out.push(`Synthetic pages — ${notes.join('; ')}.`, '');

  out.push('## Scaling', '');
  const ds = results.scaling ?? [];
  if (ds.length) {
    out.push('Dataset grown with synthetic entries (valid entries; about 5 aliases each, some beginning with the op-ed\'s own words), same page, the three builds measured back to back. CPU ms:', '');
    out.push(row(['Page', 'Dataset', 'Entries', 'Extension ms (CPU / wall)', '× normal', 'annotator.js evaluation ms (compile)', 'Later slices ms', 'Longest task ms', 'annotator.js gzip KB']), row(['---', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    for (const x of ds) {
      const normal = ds.find((y) => y.id === x.id && y.variant === 'normal');
      const size = x.variant === 'normal' ? results.sizes.normal : results.sizes[x.variant];
      const a = x.byFile?.['annotator.js'];
      const cb = x.byFile?.['callbacks (timers, frames)'];
      out.push(row([x.label, x.variant === 'normal' ? 'bundled' : `${x.variant.slice(1)}×`, fmt(x.entries), both(x.extMs, x.extWallMs), fmtX(ratio(x.extMs, normal?.extMs)), a ? `${fmt(a.cpuMs)} (${fmt(a.compileMs)})` : '–', fmt(cb?.cpuMs ?? 0), fmt(x.longestTaskMs), fmt(size?.annotatorGzip / KB)]));
    }
    out.push('');
  }
  const series = articleSeries(results);
  if (series.length) {
    out.push('Article grown (the op-ed\'s paragraphs repeated in the article body), and the op-ed inside a longer page (reader comments). CPU ms:', '');
    out.push(row(['Page', 'Text (chars)', 'Extension ms', '× 1×', 'Floor ms', 'mark.js ms', 'Ext. / floor', 'mark.js / ext.', 'Longest task ms', 'Highlights']), row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
    const base = page(results, 'synthetic/oped-1x');
    for (const p of [...series, ...results.pages.filter((x) => x.pageX)]) {
      out.push(row([p.label, fmt(p.textChars), fmt(p.extMs), fmtX(ratio(p.extMs, base?.extMs)), fmt(p.floorMs), fmt(p.markMs), fmtX(p.extOverFloor), fmtX(p.markOverExt), fmt(p.longestTaskMs), fmt(p.highlights)]));
    }
    out.push('', '![Script time against article length](bench-plot.svg)', '');
  }

  const sz = results.sizes?.normal;
  if (sz) {
    out.push('## Size', '');
    out.push(row(['Loads', 'File', 'Bytes', 'Gzipped']), row(['---', '---', '---:', '---:']));
    for (const f of sz.everyPage) out.push(row(['every page', f.file, fmt(f.bytes), fmt(f.gzip)]));
    for (const f of sz.onArticle) out.push(row([f.file === 'card-ui.js' ? 'first hover on an article' : 'article pages only', f.file, fmt(f.bytes), fmt(f.gzip)]));
    out.push(row(['**every page**', '', `**${fmt(sz.everyPageBytes)}**`, `**${fmt(sz.everyPageGzip)}**`]));
    out.push(row(['**only when an article is found**', '', `**${fmt(sz.onArticleBytes)}**`, `**${fmt(sz.onArticleGzip)}**`]));
    out.push('');
  }

  if (results.diagnostics?.length) {
    out.push('## Where the extension\'s time goes', '');
    out.push('Sampled CPU profile (100 µs) of one load with an unminified build; native calls are charged to the extension file that made them. Profiling slows everything down: read the shares, not the totals.', '');
    for (const d of results.diagnostics) {
      out.push(`**${d.page}** (${fmt(d.totalMs)} ms sampled)`, '');
      out.push(row(['Function', 'ms', 'Share']), row(['---', '---:', '---:']));
      for (const r of d.top.slice(0, 8)) out.push(row([`\`${r.what.replace(/\|/g, '\\|')}\``, fmt(r.ms), `${Math.round(r.share * 100)}%`]));
      out.push('');
    }
  }

  if (oped.length || plain.length) {
    out.push('## Every corpus page', '');
    out.push(...MAIN_HEAD);
    for (const p of [...oped, ...plain]) out.push(mainRow(p.label, p.hasOped ? 'yes' : 'no', p));
    out.push('');
  }

  out.push('## Method', '');
  out.push(
    '- Two headless Chromium instances with the same flags and viewport: one with the built extension (a persistent context), one without. Pages are served on 127.0.0.1; each load is a new tab; every page is visited once per round, rounds repeat, and which browser goes first alternates.',
    '- *Extension* comes from a trace of each load with the extension (`devtools.timeline` and `toplevel`): `EvaluateScript` of the extension\'s files, the timer, animation-frame and idle callbacks its code scheduled, and the microtask checkpoints (≥ 50 µs) outside any script event once it has started, where the continuations of its API callbacks run (no measured page has scripts of its own); CPU is the events\' thread time, wall their duration. The page\'s own scripts are excluded. A load ends when the annotator has reported its count to the background (op-ed pages) and the script counters stop moving.',
    '- *ScriptDuration Δ* is CDP `Performance.getMetrics` ScriptDuration with the extension minus without (wall). It does count isolated-world script, but not promise continuations (microtasks), so it misses the annotator\'s work after each `await` between slices: it is shown only as a cross-check.',
    '- *Floor* and *mark.js* run as timer callbacks in the page without the extension, once it has loaded: CPU from the trace (minus an empty callback), wall from `performance.now()` in the page. mark.js gets a fresh page each run (it edits the DOM) and runs fewer times than the other measures (see `markRuns` in the JSON); it is not run on the 5 MB and 100,000-element pages, where one pass per alias takes minutes.',
    '- *Longest ext. task*: the longest single extension event (script evaluation or callback). *Load → painted*: from the load event to the end of the first paint after the extension task that reported the count (wall). *Heap +*: JSHeapUsedSize after a forced GC, with minus without.',
    '- Not counted anywhere: creating the isolated world the extension\'s scripts run in. A trace with the `blink` category shows a third `LocalWindowProxy::Initialize` on pages with the extension, about 2.5–3.5 ms of CPU, which any extension with a content script pays.',
    '- Dataset scaling builds the extension with `BACKSTORY_DATASET` set to the bundled dataset plus synthetic entries (10× and 100× the entries) into a temporary folder; `.output/` is never touched.',
  );
  return out.join('\n');
}
