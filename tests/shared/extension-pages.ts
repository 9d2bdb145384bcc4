// Opening pages and reaching the extension's content script and popup, the same way in both
// harnesses; only how a page is created and where a browser.* call runs differ per browser.

/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Asks the content script until it answers. Until it listens (document_idle, then the first
 * annotation) the message fails with "Could not establish connection. Receiving end does not
 * exist."; a page the gate found not to be about the subject never listens, and `whenSilent` (asked
 * after each failure) then gives the answer that stands for it. After about four seconds of failures
 * the last error is thrown.
 */
export async function askUntilListening<T>(ask: () => Promise<T>, whenSilent: () => Promise<T | null> = async () => null): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await ask();
    } catch (error) {
      const standIn = await whenSilent().catch(() => null);
      if (standIn !== null) return standIn;
      if (attempt > 40) throw error;
      await sleep(100);
    }
  }
}

/** In the extension's world of a page, as code: whether the every-page gate has run there (and so has decided). */
export const GATE_RAN = '(globalThis.__backstory7c1e || {}).gate === true';

/** A page either driver can send to a URL and wait for its load event. */
interface Navigates {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
}

/** Opens `url` in a new page, waits for load, then for `ready` (the content script's first answer). */
export async function openWhenAnswered<P extends Navigates>(newPage: () => Promise<P>, url: string, ready: (page: P) => Promise<unknown>): Promise<P> {
  const page = await newPage();
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  return page;
}

/** The popup page describing tab `tabId`, under the extension's origin (chrome- or moz-extension://). */
export function popupUrl(origin: string, tabId: number): string {
  return `${origin}/popup.html?tab=${tabId}`;
}
