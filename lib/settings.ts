import { isEntryKind, type EntryKind } from './kinds.ts';

/** What the reader can switch off; stored in extension storage under SETTINGS_KEY. */
export interface Settings {
  /** Global on/off. */
  enabled: boolean;
  /** Hosts (e.g. "www.example.com") where annotations are off. */
  disabledSites: string[];
  /** Kinds switched off. */
  hiddenKinds: EntryKind[];
}

/** The storage key. */
export const SETTINGS_KEY = 'backstory.settings';

/** Everything on. */
export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], hiddenKinds: [] };

/** Reads whatever storage holds into valid settings (unknown or corrupt values fall back to defaults). */
export function parseSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : true,
    disabledSites: Array.isArray(r.disabledSites) ? r.disabledSites.filter((s): s is string => typeof s === 'string') : [],
    hiddenKinds: Array.isArray(r.hiddenKinds) ? r.hiddenKinds.filter(isEntryKind) : [],
  };
}

/** True when annotations should show on this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}

/** Settings with the site switched on or off. */
export function withSite(settings: Settings, host: string, on: boolean): Settings {
  const others = settings.disabledSites.filter((s) => s !== host);
  return { ...settings, disabledSites: on ? others : [...others, host] };
}

/** Settings with one kind shown or hidden. */
export function withKind(settings: Settings, kind: EntryKind, shown: boolean): Settings {
  const others = settings.hiddenKinds.filter((k) => k !== kind);
  return { ...settings, hiddenKinds: shown ? others : [...others, kind] };
}
