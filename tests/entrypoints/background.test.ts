import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

/** A message sender that is a tab, as the browser would describe it (only the id matters here). */
const fromTab = (id: number) => ({ tab: { id }, id: fakeBrowser.runtime.id, frameId: 0 }) as never;

describe('background: toolbar badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });
  it('shows the count a tab reports', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 17 }, fromTab(5), () => undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('17');
  });
  it('clears the badge for a page without annotations', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 17 }, fromTab(5), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 0 }, fromTab(5), () => undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });
  it('answers entry look-ups from the bundled dataset, and nothing for unknown ids', async () => {
    const [entry] = await fakeBrowser.runtime.onMessage.trigger({ type: 'entry/get', entryId: 'ncri' }, fromTab(5), () => undefined);
    expect(entry).toMatchObject({ id: 'ncri', kind: 'organisation' });
    expect(entry.sources.length).toBeGreaterThanOrEqual(2);
    const [none] = await fakeBrowser.runtime.onMessage.trigger({ type: 'entry/get', entryId: 'nope' }, fromTab(5), () => undefined);
    expect(none).toBeNull();
  });
  it('ignores messages from other extensions', async () => {
    const stranger = { tab: { id: 7 }, id: 'someone-else' } as never;
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'entry/get', entryId: 'ncri' }, stranger, () => undefined);
    expect(answer).toBeUndefined();
  });
  it('ignores other messages and messages not from a tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 'lots' }, fromTab(6), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 3 }, {} as never, () => undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });
});
