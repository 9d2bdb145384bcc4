// jsdom for real saved pages: many of them carry CSS that jsdom's parser rejects, and each rejection
// would print "Could not parse CSS stylesheet" with the whole sheet. Those say nothing about the
// page's text, so only they are dropped; every other jsdom error and page console call still shows.
import { JSDOM, VirtualConsole } from 'jsdom';

/** An error jsdom reports through its virtual console ("jsdomError"). */
type JsdomError = Error & { type?: string; cause?: unknown };

/** True for jsdom's complaint about a stylesheet it could not parse. */
function isCssParsingError(e: JsdomError): boolean {
  return e.type === 'css-parsing' || e.message === 'Could not parse CSS stylesheet';
}

/** A VirtualConsole that forwards to the console everything except CSS-parsing errors. */
export function quietVirtualConsole(): VirtualConsole {
  // jsdomErrors: 'none' stops the built-in forwarding of jsdom errors; the listener below replaces
  // it with the same output (stack for script exceptions, message otherwise) minus the CSS noise.
  const virtualConsole = new VirtualConsole().forwardTo(console, { jsdomErrors: 'none' });
  virtualConsole.on('jsdomError', (e: JsdomError) => {
    if (isCssParsingError(e)) return;
    if (e.type === 'unhandled-exception' && e.cause instanceof Error) console.error(e.cause.stack);
    else console.error(e.message);
  });
  return virtualConsole;
}

/** Parses an HTML string into a jsdom Document (scripts not run, nothing fetched), CSS noise dropped. */
export function parseHtml(html: string, url?: string): Document {
  return new JSDOM(html, { url, virtualConsole: quietVirtualConsole() }).window.document;
}
