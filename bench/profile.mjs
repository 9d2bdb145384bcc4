// Diagnostics for the report: where the extension's time goes, from sampled CPU profiles.
import { ensureListener, launchExtContext, messagesFor, settle } from './contexts.mjs';
import { EXT } from './trace.mjs';

/**
 * Diagnostics: a sampled CPU profile of one load with the extension, reduced to the extension's
 * own time by function. Native calls (DOM getters, regex) are charged to the extension file
 * that called them. Sampling distorts small numbers; use it for proportions, not totals.
 */
export async function profileWithExtension(ext, url, { hasOped, intervalUs = 100 }) {
  await ensureListener(ext);
  const page = await ext.context.newPage();
  try {
    const cdp = await ext.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await settle(cdp, Date.now(), async () => !hasOped || (await messagesFor(ext, url)).some((m) => m.type === 'badge/set'), 15_000);
    const { profile } = await cdp.send('Profiler.stop');
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const selfUs = new Map();
    for (let i = 0; i < profile.samples.length; i++) selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
    const extFile = (node) => {
      for (let id = node.id; id !== undefined; id = parent.get(id)) {
        const u = byId.get(id).callFrame.url;
        if (u.startsWith(EXT)) return u.replace(/^chrome-extension:\/\/[^/]+\//, '');
        if (u) return null; // page script
      }
      return null;
    };
    const rows = new Map();
    let totalUs = 0;
    for (const n of profile.nodes) {
      const us = selfUs.get(n.id) ?? 0;
      if (!us) continue;
      const file = extFile(n);
      if (!file) continue;
      const f = n.callFrame;
      const native = !f.url.startsWith(EXT);
      const key = `${file}  ${native ? `[native] ${f.functionName || '(program)'}` : `${f.functionName || '(anonymous)'} @${f.lineNumber + 1}:${f.columnNumber + 1}`}`;
      rows.set(key, (rows.get(key) ?? 0) + us);
      totalUs += us;
    }
    return {
      url,
      totalMs: totalUs / 1000,
      top: [...rows].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([what, us]) => ({ what, ms: us / 1000, share: totalUs ? us / totalUs : 0 })),
    };
  } finally {
    await page.close();
  }
}

/** Profiles of one page without the op-ed, one with it and the 100× article, each after a warm load. */
export async function profileDiagnostics(dir, urlOf) {
  const diag = await launchExtContext(dir);
  const diagnostics = [];
  try {
    for (const [pathname, hasOped] of [['/corpus/guardian-1/source.html', false], ['/corpus/guardian-1/oped.html', true], ['/synthetic/oped-article-100x.html', true]]) {
      await profileWithExtension(diag, urlOf(pathname), { hasOped }); // warm
      const prof = await profileWithExtension(diag, urlOf(pathname), { hasOped });
      diagnostics.push({ page: pathname, ...prof, url: undefined });
    }
  } finally {
    await diag.close();
  }
  return diagnostics;
}
