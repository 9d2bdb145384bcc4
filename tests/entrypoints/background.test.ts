import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';

describe('background: toolbar badge', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    background.main();
  });
  it('shows the count a tab reports', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 17 }, { tab: { id: 5 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('17');
  });
  it('clears the badge for a page without annotations', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 17 }, { tab: { id: 5 } });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 0 }, { tab: { id: 5 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
  });
  it('ignores other messages and messages not from a tab', async () => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 'lots' }, { tab: { id: 6 } });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'badge/set', count: 3 }, {});
    expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
  });
});
