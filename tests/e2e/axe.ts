// axe-core in a test page, shared by the browser tests that check the popup and the card.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from '../shared/paths.ts';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** axe's context for the open card, inside the card host's shadow root. */
export const CARD_CONTEXT = { include: [{ fromShadowDom: ['backstory-card-host', '.card'] }] };

/**
 * Loads axe through the DevTools protocol (extension pages' CSP rightly forbids inline scripts),
 * runs it on `context`, and returns its violations as "rule (nodes)".
 */
export async function runAxe(page: Page, context: unknown): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async ({ ctx }) => {
    type Result = { id: string; nodes: unknown[] };
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    const result = await axe.run(ctx, { resultTypes: ['violations'] });
    // Guard against a vacuous run (nothing in context): axe must have checked some rules.
    if (result.passes.length < 5) return [`axe checked only ${result.passes.length} rules`];
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, { ctx: context });
}
