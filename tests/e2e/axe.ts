// axe-core in a Chromium page, for the popup and card accessibility tests.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../shared/paths.ts';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Loads axe through the DevTools protocol (extension pages' CSP rightly forbids inline scripts),
 * runs it on `context` and returns its violations as "rule (nodes)"; a run that checked almost
 * nothing is reported as a failure too, so an empty context cannot pass.
 */
export async function runAxe(page: Page, context: unknown): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async ({ ctx }) => {
    type Result = { id: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(ctx, { resultTypes: ['violations'] });
    if (result.passes.length < 5) return [`axe checked only ${result.passes.length} rules`];
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, { ctx: context });
}
