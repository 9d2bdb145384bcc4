// Serving the test pages, shared by the Chromium and Firefox harnesses: the corpus and the demo
// article from the repository, plus pages a test file generates, on 127.0.0.1.
import path from 'node:path';
import { serve } from '../../scripts/browser.mjs';
import { CORPUS_DIR, ROOT } from './paths.ts';

/** A test file's own pages: the HTML for a URL, or null to leave the URL to the static folders. */
export type ExtraPages = (url: URL) => string | null;

/**
 * Serves /corpus/ and /demo/ (plus `extraMounts`, URL prefix → folder) and answers first with
 * `extraPages`. Resolves to the server's base URL and its close().
 */
export function serveTestPages(extraPages?: ExtraPages, extraMounts: Record<string, string> = {}): Promise<{ url: string; close(): Promise<void> }> {
  const mounts = { '/corpus/': CORPUS_DIR, '/demo/': path.join(ROOT, 'demo'), ...extraMounts };
  return serve(mounts, async (url, res) => {
    const html = extraPages?.(url);
    if (html == null) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
    return true;
  });
}
