// The report's plot: script time against article length, as SVG.
import { fmt } from './stats.mjs';
import { page } from './summaries.mjs';

/** The synthetic op-ed pages with the article 1×, 10× and 100× as long, as measured. */
export function articleSeries(results) {
  return [1, 10, 100].map((x) => page(results, x === 1 ? 'synthetic/oped-1x' : `synthetic/oped-article-${x}x`)).filter(Boolean);
}

/** Log-log plot of script time against article length: extension, floor, mark.js. */
export function renderSvg(results) {
  const series = articleSeries(results);
  const W = 760;
  const H = 460;
  const m = { l: 80, r: 60, t: 92, b: 62 };
  const lines = [
    { key: 'extMs', name: 'Backstory', color: '#1f4e8c', dash: '' },
    { key: 'floorMs', name: 'Floor: one TreeWalker text pass', color: '#6b6b6b', dash: '6 4' },
    { key: 'markMs', name: 'mark.js 8.11, acrossElements', color: '#b3261e', dash: '' },
  ];
  const values = series.flatMap((p) => lines.map((l) => p[l.key])).filter((v) => v != null && v > 0);
  const lo = Math.floor(Math.log10(values.length ? Math.min(...values) : 0.1));
  const hi = Math.ceil(Math.log10(values.length ? Math.max(...values) : 1000));
  const x = (len) => m.l + (Math.log10(len) / 2) * (W - m.l - m.r);
  const y = (v) => H - m.b - ((Math.log10(v) - lo) / Math.max(1, hi - lo)) * (H - m.t - m.b);
  const esc = (str) => String(str).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="${m.l}" y="26" font-size="15" font-weight="600" fill="#1d1d1d">Main-thread script time against article length</text>`);
  out.push(`<text x="${m.l}" y="44" font-size="11" fill="#555">Thread CPU time, median of ${results.meta.runs} runs, same page and run for all three; both axes logarithmic</text>`);
  // Legend, one row under the title.
  let lx = m.l;
  for (const l of lines) {
    out.push(`<line x1="${lx}" x2="${lx + 24}" y1="66" y2="66" stroke="${l.color}" stroke-width="2.4"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''}/>`);
    out.push(`<circle cx="${lx + 12}" cy="66" r="3.5" fill="${l.color}"/>`);
    out.push(`<text x="${lx + 30}" y="66" dominant-baseline="middle" fill="#1d1d1d" font-size="12">${esc(l.name)}</text>`);
    lx += 44 + l.name.length * 6.3;
  }
  // Grid and axes.
  for (let e = lo; e <= hi; e++) {
    const yy = y(10 ** e).toFixed(1);
    out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${yy}" y2="${yy}" stroke="#e6e6e6"/>`);
    out.push(`<text x="${m.l - 8}" y="${yy}" text-anchor="end" dominant-baseline="middle" fill="#444">${esc(fmt(10 ** e))}</text>`);
  }
  for (const len of [1, 10, 100]) {
    const xx = x(len).toFixed(1);
    out.push(`<line x1="${xx}" x2="${xx}" y1="${m.t}" y2="${H - m.b}" stroke="#e6e6e6"/>`);
    out.push(`<text x="${xx}" y="${H - m.b + 18}" text-anchor="middle" fill="#444">${len}×</text>`);
  }
  out.push(`<line x1="${m.l}" x2="${W - m.r}" y1="${H - m.b}" y2="${H - m.b}" stroke="#888"/>`);
  out.push(`<line x1="${m.l}" x2="${m.l}" y1="${m.t}" y2="${H - m.b}" stroke="#888"/>`);
  out.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 20}" text-anchor="middle" fill="#1d1d1d">Article length (1× = the op-ed, ${esc(fmt(results.meta.opedChars))} characters; its paragraphs repeated 10× and 100×)</text>`);
  out.push(`<text transform="translate(22 ${(m.t + H - m.b) / 2}) rotate(-90)" text-anchor="middle" fill="#1d1d1d">milliseconds</text>`);
  for (const l of lines) {
    const pts = series.map((p) => [p.articleX, p[l.key]]).filter(([, v]) => v != null && v > 0);
    if (pts.length > 1) {
      out.push(`<polyline fill="none" stroke="${l.color}" stroke-width="2.4"${l.dash ? ` stroke-dasharray="${l.dash}"` : ''} points="${pts.map(([a, v]) => `${x(a).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`);
    }
    for (const [a, v] of pts) {
      const last = a === 100;
      out.push(`<circle cx="${x(a).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3.5" fill="${l.color}"/>`);
      out.push(`<text x="${(x(a) + (last ? -8 : 8)).toFixed(1)}" y="${(y(v) - 8).toFixed(1)}" text-anchor="${last ? 'end' : 'start'}" fill="${l.color}" font-size="11">${esc(fmt(v))} ms</text>`);
    }
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
