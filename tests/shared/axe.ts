// axe-core on a page of either driver. It is loaded through the driver, whose evaluation the page's
// CSP does not apply to (extension pages rightly forbid inline scripts), then run on `context`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './paths.ts';

const AXE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * The violations axe finds in `context` (a selector or an axe context object), as "rule (nodes)".
 * `run` evaluates a script in the page and resolves to its value (awaiting a promise).
 */
export async function axeViolations(run: (script: string) => Promise<unknown>, context: unknown): Promise<string[]> {
  await run(AXE);
  return (await run(`(async () => {
    const result = await axe.run(${JSON.stringify(context)}, { resultTypes: ['violations'] });
    // Guard against a vacuous run (nothing in context): axe must have checked some rules.
    if (result.passes.length < 5) return ['axe checked only ' + result.passes.length + ' rules'];
    return result.violations.map((v) => v.id + ' (' + v.nodes.length + ')');
  })()`)) as string[];
}
