import { parseSettings, SETTINGS_KEY, type Settings } from '../../lib/settings.ts';
import { extApi } from '../../extension/ext-api.ts';

/**
 * Reads the reader's settings, then reports every change made in the popup, so settings apply to
 * the open page at once. Resolves once the first read is done (defaults if storage fails).
 */
export function watchSettings(onChange: (settings: Settings) => void, signal: AbortSignal): Promise<Settings> {
  const storage = extApi().storage;
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener));
  return storage.local.get(SETTINGS_KEY).then((stored) => parseSettings(stored[SETTINGS_KEY]), () => parseSettings(undefined));
}
