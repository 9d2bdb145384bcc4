// jsdom reports every stylesheet its CSS parser cannot read ("Could not parse CSS stylesheet") as a
// jsdomError on its virtual console, which prints it. Tests that mount arbitrary markup (generated
// <style> contents, real news pages) would bury their output under these reports, which say nothing
// about Backstory (browsers skip what they cannot parse). They drop exactly those reports here and
// keep everything else jsdom says.

/** A jsdom error as the virtual console emits it (jsdom 27 sets `type`, e.g. 'css-parsing'). */
interface JsdomError extends Error {
  type?: string;
}

/** The part of jsdom's VirtualConsole (a Node EventEmitter) used here; jsdom ships no types. */
export interface VirtualConsoleLike {
  listeners(event: 'jsdomError'): ((error: JsdomError) => void)[];
  removeAllListeners(event: 'jsdomError'): unknown;
  on(event: 'jsdomError', listener: (error: JsdomError) => void): unknown;
}

/** True for jsdom's "could not parse this stylesheet" report, and for nothing else. */
export function isCssParsingError(error: JsdomError): boolean {
  return error.type === 'css-parsing' || error.message.startsWith('Could not parse CSS stylesheet');
}

/**
 * Makes a jsdom virtual console drop jsdom's CSS-parsing errors and hand every other jsdom error to
 * the listeners it already had (by default, jsdom's forwarding to the console). Without an argument:
 * the virtual console of the jsdom Vitest runs the calling test file in. For a JSDOM a test creates
 * itself, pass the console before the markup is parsed:
 * `new JSDOM(html, { virtualConsole: dropCssParsingErrors(new VirtualConsole().forwardTo(console)) })`.
 */
export function dropCssParsingErrors(virtualConsole?: VirtualConsoleLike): VirtualConsoleLike {
  const target = virtualConsole ?? environmentConsole();
  const forward = target.listeners('jsdomError');
  target.removeAllListeners('jsdomError');
  target.on('jsdomError', (error) => {
    if (isCssParsingError(error)) return;
    for (const listener of forward) listener.call(target, error);
  });
  return target;
}

function environmentConsole(): VirtualConsoleLike {
  // Vitest's jsdom environment exposes its JSDOM instance as `globalThis.jsdom`.
  const dom = (globalThis as { jsdom?: { virtualConsole: VirtualConsoleLike } }).jsdom;
  if (!dom) throw new Error("dropCssParsingErrors(): no virtual console given and not in Vitest's jsdom environment");
  return dom.virtualConsole;
}
