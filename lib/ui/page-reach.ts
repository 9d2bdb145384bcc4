/**
 * Store pages where browsers let no extension run, although they are https. Everything that is
 * not http(s) (the browser's own pages, about:, file:, other extensions) is out of reach as well.
 */
const STORE_HOSTS: readonly string[] = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Where the popup's tab stands: a web page's host, or a page extensions cannot run on. */
export type PageReach = { runs: true; host: string } | { runs: false; host: string | null };

/**
 * Decides from the tab's URL alone (undefined when the browser hides it, i.e. the extension has no
 * access there) whether the content script can run, so a silent page is told apart from a barred one.
 */
export function pageReach(url: string | undefined): PageReach {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return { runs: false, host: null };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { runs: false, host: null };
  return STORE_HOSTS.includes(parsed.hostname) ? { runs: false, host: parsed.hostname } : { runs: true, host: parsed.hostname };
}
