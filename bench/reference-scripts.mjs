// Reference content scripts for `npm run bench:references`: what Chromium charges any extension
// for a content script on every page, measured in the same harness as Backstory itself. Each one
// replaces the built gate.js (the manifest's only content script), so everything else stays equal.
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Answers the message contract's `annotations/get` with an empty result; registering it is the point. */
const LISTENER = `chrome.runtime.onMessage.addListener((msg, _sender, respond) => {
  if (msg?.type !== 'annotations/get') return undefined;
  respond({ article: { found: false, opEdId: null }, annotations: [] });
  return true;
});`;

/**
 * The naive design the issue names: every page, one TreeWalker pass over the body's text, then
 * `indexOf` for every alias, a Range per hit and one registered highlight.
 */
function naive(aliases) {
  return `(() => {
${LISTENER}
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const nodes = []; const starts = []; const parts = []; let length = 0;
for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push(n); starts.push(length); parts.push(n.data); length += n.data.length; }
const text = parts.join('');
const at = (i) => { let lo = 0, hi = starts.length - 1; while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (starts[mid] <= i) lo = mid; else hi = mid - 1; } return lo; };
const ranges = [];
for (const alias of ${JSON.stringify(aliases)}) {
  for (let i = text.indexOf(alias); i !== -1; i = text.indexOf(alias, i + alias.length)) {
    const a = at(i), b = at(i + alias.length - 1);
    const r = document.createRange();
    r.setStart(nodes[a], i - starts[a]); r.setEnd(nodes[b], i + alias.length - starts[b]);
    ranges.push(r);
  }
}
if (ranges.length) CSS.highlights.set('bench-naive', new Highlight(...ranges));
})();`;
}

/** The reference scripts by name, in the order the report lists them. */
export function referenceScripts(aliases) {
  return {
    empty: { code: '(() => { globalThis.__benchEmpty = 1; })();', what: 'a content script that does nothing' },
    listener: { code: `(() => {\n${LISTENER}\n})();`, what: 'registers the message listener the contract needs, nothing else' },
    naive: { code: naive(aliases), what: 'listener + TreeWalker over the body + indexOf per alias + ranges + one highlight' },
  };
}

/**
 * Copies of the built extension at `built`, one per reference script, each with its gate.js replaced
 * (everything else equal), under `dir`. Resolves to { name: folder }.
 */
export async function referenceBuilds(built, dir, aliases) {
  const dirs = {};
  for (const [name, ref] of Object.entries(referenceScripts(aliases))) {
    dirs[name] = path.join(dir, `reference-${name}`);
    await cp(built, dirs[name], { recursive: true });
    await writeFile(path.join(dirs[name], 'gate.js'), ref.code);
  }
  return dirs;
}
