// Small statistics helpers for the benchmark.

/** Median of the finite numbers in `values`; null when there are none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Largest finite number in `values`; null when there are none. */
export function max(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x));
  return v.length ? Math.max(...v) : null;
}

/** a / b, or null when either is missing or b is zero. */
export function ratio(a, b) {
  return a == null || b == null || b === 0 ? null : a / b;
}

/** A number for a table: 3 significant digits, thousands kept whole; '–' for null. */
export function fmt(x, digits = 3) {
  if (x == null || !Number.isFinite(x)) return '–';
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1000) return Math.round(x).toLocaleString('en-US');
  if (abs >= 100) return x.toFixed(0);
  return Number(x.toPrecision(digits)).toString();
}

/** A ratio as "2.4×". */
export function fmtX(x) {
  return x == null ? '–' : `${fmt(x, 2)}×`;
}
