// The quiet console must drop only jsdom's CSS-parsing complaints: anything else jsdom reports is a
// real problem with a page or a test and has to stay visible.
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHtml } from './quiet-jsdom.ts';

// A stylesheet jsdom's CSS parser rejects (a stray closing brace, as in several corpus pages).
const BAD_CSS = '<style>a { color: red; } }</style>';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseHtml', () => {
  it('uses a stylesheet that jsdom does report as unparseable', () => {
    // Without this, the next test would pass on CSS that never produced an error to drop.
    const reported: string[] = [];
    const virtualConsole = new VirtualConsole();
    virtualConsole.on('jsdomError', (e: Error & { type?: string }) => reported.push(`${e.type}: ${e.message}`));
    new JSDOM(BAD_CSS, { virtualConsole });
    expect(reported).toEqual(['css-parsing: Could not parse CSS stylesheet']);
  });

  it('parses the page without printing the CSS-parsing error', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const doc = parseHtml(`${BAD_CSS}<p>Article text</p>`);
    expect(doc.querySelector('p')?.textContent).toBe('Article text');
    expect(errors).not.toHaveBeenCalled();
  });

  it('still forwards other jsdom errors and the page’s console calls', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const logs = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const win = parseHtml(BAD_CSS).defaultView!;
    win.alert('hello'); // not implemented in jsdom: reported as a jsdomError
    win.console.log('from the page');
    expect(errors.mock.calls).toEqual([[expect.stringMatching(/Not implemented: .*alert/)]]);
    expect(logs).toHaveBeenCalledWith('from the page');
  });
});
