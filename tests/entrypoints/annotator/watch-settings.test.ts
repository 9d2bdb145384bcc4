import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { watchSettings } from '../../../entrypoints/annotator/watch-settings.ts';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../../lib/settings.ts';

let controller: AbortController;
beforeEach(() => {
  fakeBrowser.reset();
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.restoreAllMocks();
});

describe('watchSettings', () => {
  it('resolves to the stored settings', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: true, disabledSites: ['news.example'], hiddenKinds: ['person'] } });
    expect(await watchSettings(vi.fn(), controller.signal)).toEqual({ enabled: true, disabledSites: ['news.example'], hiddenKinds: ['person'] });
  });

  it('falls back to defaults for missing, corrupt or unreadable settings', async () => {
    expect(await watchSettings(vi.fn(), controller.signal)).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: 'yes', disabledSites: 'all', hiddenKinds: ['nonsense', 'statistic', 7] } });
    expect(await watchSettings(vi.fn(), controller.signal)).toEqual({ ...DEFAULT_SETTINGS, hiddenKinds: ['statistic'] });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    expect(await watchSettings(vi.fn(), controller.signal)).toEqual(DEFAULT_SETTINGS);
  });

  it('reports changes to the settings key in local storage, parsed', async () => {
    const onChange = vi.fn();
    await watchSettings(onChange, controller.signal);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, enabled: false });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'garbage' });
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('ignores other keys and other storage areas', async () => {
    const onChange = vi.fn();
    await watchSettings(onChange, controller.signal);
    await fakeBrowser.storage.local.set({ 'something.else': { enabled: false } });
    await fakeBrowser.storage.sync.set({ [SETTINGS_KEY]: { enabled: false } });
    await fakeBrowser.storage.session.set({ [SETTINGS_KEY]: { enabled: false } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes its listener when the signal aborts', async () => {
    const onChange = vi.fn();
    const added = vi.spyOn(fakeBrowser.storage.onChanged, 'addListener');
    await watchSettings(onChange, controller.signal);
    const listener = added.mock.calls[0][0];
    expect(fakeBrowser.storage.onChanged.hasListener(listener)).toBe(true);
    controller.abort();
    expect(fakeBrowser.storage.onChanged.hasListener(listener)).toBe(false);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { enabled: false } });
    expect(onChange).not.toHaveBeenCalled();
  });
});
