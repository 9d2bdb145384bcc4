import type { browser } from 'wxt/browser';

/** The API's shape, as WXT types it. */
export type ExtApi = typeof browser;

/**
 * The browser's own extension API object: `browser` in Firefox, `chrome` in Chromium (whose MV3
 * APIs return promises too). Scripts injected into pages reach the API only through this: in a
 * page, the polyfill's set-up costs more than the few calls made there. Extension pages (popup,
 * background) use the polyfill from `wxt/browser`; messages go through extension/messaging.ts
 * everywhere.
 */
export function extApi(): ExtApi {
  const g = globalThis as unknown as { browser?: ExtApi; chrome?: ExtApi };
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as ExtApi;
}
