// The benchmark's targets, each a ratio to a reference measured in the same run, with its verdict.
import { fmt, fmtX, max, ratio } from './stats.mjs';
import { byGroup, groupSummary, page } from './summaries.mjs';

const KB = 1024;

/** The issue's targets, each with the measured value and PASS/FAIL (on thread CPU time; wall beside it). */
export function evaluateTargets(results) {
  const targets = [];
  const add = (id, title, value, pass, detail) => targets.push({ id, title, value, pass, detail });
  const plain = byGroup(results, 'corpus-plain');
  const oped = byGroup(results, 'corpus-oped');
  const synthPlain = results.pages.filter((p) => p.group === 'synthetic' && !p.hasOped);
  if (plain.length) {
    const g = groupSummary(plain);
    const within = plain.filter((p) => p.overRef?.empty != null && p.overRef.empty <= 2).length;
    add('no-oped-empty', 'Pages without the op-ed: Backstory at most 2× the empty content script (median of per-page ratios)', fmtX(g.overRef.empty), g.overRef.empty != null && g.overRef.empty <= 2,
      `Backstory ${fmt(g.extMs)} ms, empty ${fmt(g.refs.empty)} ms, listener ${fmt(g.refs.listener)} ms (Backstory / listener ${fmtX(g.overRef.listener)}); ${within}/${plain.length} pages within 2×; synthetic: ${synthPlain.map((p) => `${p.label} ${fmt(p.extMs)} ms`).join(', ') || '–'}`);
  }
  if (oped.length) {
    const g = groupSummary(oped);
    const within = oped.filter((p) => p.overRef?.naive != null && p.overRef.naive <= 1.5).length;
    add('oped-naive', 'Op-ed pages: Backstory at most 1.5× the naive content script (median of per-page ratios)', fmtX(g.overRef.naive), g.overRef.naive != null && g.overRef.naive <= 1.5,
      `Backstory ${fmt(g.extMs)} ms, naive ${fmt(g.refs.naive)} ms, empty ${fmt(g.refs.empty)} ms; ${within}/${oped.length} pages within 1.5×`);
    const faster = oped.filter((p) => p.markOverExt != null && p.markOverExt >= 30).length;
    add('oped-mark', 'Op-ed pages: at least 30× less script time than mark.js (median of mark.js / extension)', fmtX(g.markOverExt), g.markOverExt != null && g.markOverExt >= 30,
      `wall ${fmtX(g.markOverExtWall)}; ${faster}/${oped.length} pages at 30× or more; mark.js median ${fmt(g.markMs)} ms`);
  }
  const ds = results.scaling ?? [];
  const dsPages = [...new Set(ds.map((x) => x.id))];
  if (dsPages.length) {
    const rows = dsPages.map((id) => {
      const normal = ds.find((x) => x.id === id && x.variant === 'normal');
      const x100 = ds.find((x) => x.id === id && x.variant === 'x100');
      return { label: normal?.label ?? id, r: ratio(x100?.extMs, normal?.extMs), wall: ratio(x100?.extWallMs, normal?.extWallMs) };
    });
    const worst = max(rows.map((r) => r.r));
    add('dataset-100x', '100× dataset: at most 1.5× the time of the normal dataset (same page)', fmtX(worst), worst != null && worst <= 1.5,
      rows.map((r) => `${r.label} ${fmtX(r.r)} (wall ${fmtX(r.wall)})`).join(', '));
  }
  const a1 = page(results, 'synthetic/oped-1x');
  const a10 = page(results, 'synthetic/oped-article-10x');
  if (a1 && a10) {
    const r = ratio(a10.extMs, a1.extMs);
    add('article-10x', '10× article: at most 12× the time of the 1× article', fmtX(r), r != null && r <= 12,
      `${fmt(a1.extMs)} ms → ${fmt(a10.extMs)} ms; wall ${fmtX(ratio(a10.extWallMs, a1.extWallMs))}`);
  }
  if (results.pages.length) {
    const worst = results.pages.reduce((best, p) => (p.longestTaskMs != null && (!best || p.longestTaskMs > best.longestTaskMs) ? p : best), null);
    const worstWall = results.pages.reduce((best, p) => (p.longestTaskWallMs != null && (!best || p.longestTaskWallMs > best.longestTaskWallMs) ? p : best), null);
    const x100Longest = max((results.scaling ?? []).filter((x) => x.variant === 'x100').map((x) => x.longestTaskMs));
    const big = results.pages.filter((p) => /5mb/.test(p.id)).map((p) => `${p.label} ${fmt(p.longestTaskMs)} ms`).join(', ');
    add('long-task', 'No extension task over 25 ms on any page, the 5 MB and 100,000-element pages included (median longest task per page, worst page)', `${fmt(worst?.longestTaskMs)} ms`, worst != null && worst.longestTaskMs <= 25,
      `worst page ${worst?.label ?? '–'} (${worst?.longestTaskWhat ?? '–'}); ${big || 'no 5 MB page measured'}; longest in any run ${fmt(max(results.pages.map((p) => p.longestTaskMaxMs)))} ms; ` +
        `wall: worst page ${worstWall?.label ?? '–'} ${fmt(worstWall?.longestTaskWallMs)} ms, longest in any run ${fmt(max(results.pages.map((p) => p.longestTaskWallMaxMs)))} ms` +
        (x100Longest != null ? `; with the 100× dataset (not part of this target): ${fmt(x100Longest)} ms` : ''));
  }
  const sz = results.sizes?.normal;
  if (sz) {
    const gate = sz.everyPage.find((f) => f.file.endsWith('.js'));
    add('every-page-size', 'Script loaded on every page ≤ 2 KB gzipped', `${fmt(gate?.gzip / KB)} KB`, gate != null && gate.gzip <= 2 * KB,
      `${sz.everyPage.map((f) => `${f.file} ${fmt(f.gzip / KB)} KB`).join(' + ')} in all`);
  }
  return targets;
}
