/** One command as `commands.getAll()` reports it (every field optional, as the API's types have it). */
export interface CommandInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** One row of the popup's list of keys. */
export interface ShortcutRow {
  name: string;
  /** What the key does: the manifest's description of the command. */
  label: string;
  /** The assigned keys, one per <kbd> ("Alt", "Shift", "J"); empty when the browser assigned none. */
  keys: string[];
}

/**
 * Chromium's page for changing extension keys. Extension pages cannot link to chrome:// URLs (a
 * click does nothing); `tabs.create({ url })` opens it. Firefox has `commands.openShortcutSettings()`.
 */
export const CHROMIUM_SHORTCUTS_URL = 'chrome://extensions/shortcuts';

/** macOS names keys with glyphs and no separator ("⌥⇧J"): the modifiers are these. */
const MAC_MODIFIERS = /^([⌃⌥⇧⌘]*)(.*)$/u;

function split(shortcut: string): string[] {
  if (!shortcut) return [];
  if (shortcut.includes('+')) return shortcut.split('+').filter(Boolean);
  const [, modifiers, key] = MAC_MODIFIERS.exec(shortcut)!;
  return [...modifiers, ...(key ? [key] : [])];
}

/**
 * The keyboard commands to list, in the manifest's order, from what `commands.getAll()` returns.
 * The toolbar button's own command (`_execute_action`, no description) is not one of ours.
 */
export function shortcutRows(commands: readonly CommandInfo[]): ShortcutRow[] {
  return commands
    .filter((c) => c.name && c.description && !c.name.startsWith('_execute'))
    .map((c) => ({ name: c.name!, label: c.description!, keys: split(c.shortcut ?? '') }));
}
