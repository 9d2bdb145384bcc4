import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background/index.ts';

/** A message sender that is a tab, as the browser would describe it (only the id matters here). */
/** fakeBrowser has no commands API: record the listener the background registers. */
let onCommand: ((command: string) => void) | undefined;
function start() {
  fakeBrowser.reset();
  fakeBrowser.commands.onCommand.addListener = vi.fn((listener: (command: string) => void) => {
    onCommand = listener;
  }) as never;
  background.main();
}

const fromTab = (id: number) => ({ tab: { id }, id: fakeBrowser.runtime.id, frameId: 0 }) as never;

describe('background: toolbar badge', () => {
  beforeEach(start);
  it('shows the count a tab reports', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 17 }, fromTab(5));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('17');
  });
  it('clears the badge for a page without annotations', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 17 }, fromTab(5));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 0 }, fromTab(5));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });
  it('answers entry look-ups from the bundled dataset, and nothing for unknown ids', async () => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'entry/get', entryId: 'ncri' }, fromTab(5));
    const entry = (await answer) as { id: string; sources: unknown[] };
    expect(entry).toMatchObject({ id: 'ncri', kind: 'organisation' });
    expect(entry.sources.length).toBeGreaterThanOrEqual(2);
    const [none] = await fakeBrowser.runtime.onMessage.trigger({ type: 'entry/get', entryId: 'nope' }, fromTab(5));
    expect(await none).toBeNull();
  });
  it('hands the compiled matching model to the annotator', async () => {
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'model/get' }, fromTab(5));
    const model = (await answer) as { version: string; ids: string; matcher: { keys: string } };
    expect(model.ids.split('\n')).toContain('ncri');
    expect(model.matcher.keys.length).toBeGreaterThan(100);
    const [ignored] = await fakeBrowser.runtime.onMessage.trigger({ type: 'model/get' }, { tab: { id: 7 }, id: 'someone-else' } as never);
    expect(await ignored).toBeUndefined();
  });
  it('ignores messages from other extensions', async () => {
    const stranger = { tab: { id: 7 }, id: 'someone-else' } as never;
    const [ignored] = await fakeBrowser.runtime.onMessage.trigger({ type: 'entry/get', entryId: 'ncri' }, stranger);
    expect(await ignored).toBeUndefined();
  });
  it('ignores other messages and messages not from a tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 'lots' }, fromTab(6));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 3 }, {} as never);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });
});

describe('background: keyboard commands', () => {
  beforeEach(start);
  it('asks the active tab to step to the next or previous highlight', async () => {
    fakeBrowser.tabs.query = (async () => [{ id: 42 }]) as never;
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = (async (id: number, msg: unknown) => {
      expect(id).toBe(42);
      sent.push(msg);
      return { ok: true };
    }) as typeof fakeBrowser.tabs.sendMessage;
    onCommand!('next-annotation');
    await new Promise((resolve) => setTimeout(resolve, 0));
    onCommand!('previous-annotation');
    await new Promise((resolve) => setTimeout(resolve, 0));
    onCommand!('unknown');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual([
      { type: 'annotations/step', direction: 1 },
      { type: 'annotations/step', direction: -1 },
    ]);
  });
});

describe('background: first run', () => {
  /** The tabs the background opens (fakeBrowser's own tab list is replaced by another test). */
  let opened: string[];
  beforeEach(() => {
    start();
    opened = [];
    fakeBrowser.tabs.create = (async ({ url }: { url?: string }) => {
      opened.push(url ?? '');
      return { id: 100 + opened.length };
    }) as never;
  });
  it('opens the welcome page once when the extension is installed', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(opened).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
  });
  it('opens nothing after an update of the extension or of the browser', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
    // Chrome's name for a browser update.
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' as never, temporary: false });
    expect(opened).toEqual([]);
  });
});
