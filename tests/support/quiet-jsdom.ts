// jsdom for real saved pages: many of them carry CSS that jsdom's parser rejects; the reports of
// that are dropped by the same rule as everywhere else in the tests (jsdom-console.ts).
import { JSDOM, VirtualConsole } from 'jsdom';
import { dropCssParsingErrors } from './jsdom-console.ts';

/** Parses an HTML string into a jsdom Document (scripts not run, nothing fetched), CSS noise dropped. */
export function parseHtml(html: string, url?: string): Document {
  const virtualConsole = new VirtualConsole().forwardTo(console);
  dropCssParsingErrors(virtualConsole as never);
  return new JSDOM(html, { url, virtualConsole }).window.document;
}
