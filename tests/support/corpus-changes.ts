// Turns a difference between a stored corpus expectation and a fresh one into lines a reviewer can
// read ("oped.html terms: ncri count 3 → 2"), instead of a diff of two large JSON trees.
import { PAGE_FILES, type PageExpectation, type RootDescription, type TemplateExpectation } from './corpus-expected.ts';

const show = (v: unknown) => JSON.stringify(v) ?? 'missing';

/** Changes in the finder's choice, field by field. */
function rootChanges(was: RootDescription | null, now: RootDescription | null): string[] {
  if (!was || !now) return was === now ? [] : [`root: ${show(was)} → ${show(now)}`];
  const fields = Object.keys({ ...was, ...now }) as (keyof RootDescription)[];
  return fields.filter((k) => show(was[k]) !== show(now[k])).map((k) => `root.${k}: ${show(was[k])} → ${show(now[k])}`);
}

/** Changes in the annotated terms: entries gained or lost, counts, texts, order. */
function termChanges(was: PageExpectation['terms'], now: PageExpectation['terms']): string[] {
  const out: string[] = [];
  const before = new Map(was.map((t) => [t.id, t]));
  const after = new Map(now.map((t) => [t.id, t]));
  for (const [id, t] of before) if (!after.has(id)) out.push(`terms: ${id} no longer found (was ${t.count}×)`);
  for (const [id, t] of after) if (!before.has(id)) out.push(`terms: ${id} newly found ${t.count}× (${show(t.texts)})`);
  for (const [id, t] of after) {
    const old = before.get(id);
    if (!old) continue;
    if (old.count !== t.count) out.push(`terms: ${id} count ${old.count} → ${t.count}`);
    if (show(old.texts) !== show(t.texts)) out.push(`terms: ${id} texts ${show(old.texts)} → ${show(t.texts)}`);
  }
  const order = (ts: PageExpectation['terms']) => ts.map((t) => t.id).filter((id) => before.has(id) && after.has(id)).join(', ');
  if (order(was) !== order(now)) out.push(`terms order: ${order(was)} → ${order(now)}`);
  return out;
}

/** Every change from `was` (stored) to `now` (computed), each line prefixed with its page file. */
export function describeChanges(was: TemplateExpectation, now: TemplateExpectation): string[] {
  const out: string[] = [];
  for (const file of PAGE_FILES) {
    const a = was[file];
    const b = now[file];
    if (!a) {
      out.push(`${file}: no stored expectation`);
      continue;
    }
    const lines = [
      ...rootChanges(a.root, b.root),
      ...(a.found !== b.found ? [`found: ${a.found} → ${b.found}`] : []),
      ...(a.opEdId !== b.opEdId ? [`opEdId: ${show(a.opEdId)} → ${show(b.opEdId)}`] : []),
      ...termChanges(a.terms ?? [], b.terms),
    ];
    out.push(...lines.map((l) => `${file} ${l}`));
  }
  // A stored file in another shape (a key renamed, added or dropped) differs without any change above.
  if (out.length === 0 && show(was) !== show(now)) out.push('the stored file differs in shape: regenerate it and review the diff');
  return out;
}
