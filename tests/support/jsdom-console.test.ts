import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { dropCssParsingErrors, type VirtualConsoleLike } from './jsdom-console.ts';

const jsdomError = (message: string, type: string) => Object.assign(new Error(message), { type });

describe('dropCssParsingErrors', () => {
  it("drops jsdom's CSS-parsing errors and forwards every other jsdom error", () => {
    const virtualConsole = new EventEmitter();
    const forwarded = vi.fn();
    virtualConsole.on('jsdomError', forwarded);
    dropCssParsingErrors(virtualConsole as unknown as VirtualConsoleLike);
    virtualConsole.emit('jsdomError', jsdomError('Could not parse CSS stylesheet', 'css-parsing'));
    virtualConsole.emit('jsdomError', jsdomError('Could not parse CSS stylesheet', 'unknown'));
    const notImplemented = jsdomError('Not implemented: window.scrollTo', 'not-implemented');
    const thrown = jsdomError('Uncaught [Error: boom]', 'unhandled-exception');
    virtualConsole.emit('jsdomError', notImplemented);
    virtualConsole.emit('jsdomError', thrown);
    expect(forwarded.mock.calls).toEqual([[notImplemented], [thrown]]);
  });

  it("applies to the virtual console of Vitest's jsdom environment", () => {
    const dom = (globalThis as { jsdom?: { virtualConsole: VirtualConsoleLike } }).jsdom;
    expect(dropCssParsingErrors()).toBe(dom?.virtualConsole);
  });
});
