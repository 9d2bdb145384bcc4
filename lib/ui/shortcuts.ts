/** A keyboard command as `commands.getAll()` reports it in Chromium and Firefox. */
export interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** One row of the popup's keys list; `keys` is null when no shortcut is assigned. */
export interface ShortcutRow {
  name: string;
  label: string;
  keys: string | null;
}

/** Short names for the manifest's commands (wxt.config.ts); others fall back to their description. */
const LABELS: Readonly<Record<string, string>> = {
  'next-annotation': 'Next term',
  'previous-annotation': 'Previous term',
};

/** The rows to show, in the browser's order; the browser's own reserved commands (`_execute_…`) are left out. */
export function shortcutRows(commands: readonly Command[]): ShortcutRow[] {
  return commands
    .filter((c): c is Command & { name: string } => !!c.name && !c.name.startsWith('_'))
    .map((c) => ({ name: c.name, label: LABELS[c.name] ?? c.description ?? c.name, keys: c.shortcut?.trim() || null }));
}

/**
 * Chromium's page for changing extension keys. Extension pages cannot link to chrome:// URLs (a
 * click does nothing); `tabs.create({ url })` opens it. Firefox has no such URL.
 */
export const CHROMIUM_SHORTCUTS_URL = 'chrome://extensions/shortcuts';
