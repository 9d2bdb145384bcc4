import type { browser } from 'wxt/browser';

/** The API's shape, as WXT types it. */
type Api = typeof browser;

/**
 * The browser's own extension API object for the scripts injected into pages: `browser` in
 * Firefox, `chrome` in Chromium (whose MV3 APIs return promises too). The polyfill is left to the
 * extension's own pages: in a page, its set-up costs more than the few calls made here.
 */
export function extApi(): Api {
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as Api;
}
