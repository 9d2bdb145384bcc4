import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

/** A message sender that is a tab, as the browser would describe it (only the id matters here). */
const fromTab = (id: number) => ({ tab: { id } }) as never;

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
  it('ignores other messages and messages not from a tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 'lots' }, fromTab(6), () => undefined);
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 3 }, {} as never, () => undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });
});
