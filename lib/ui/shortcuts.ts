/** A keyboard command as `commands.getAll()` describes it (every field may be missing). */
export interface CommandInfo {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** One line of the welcome page's keyboard table. */
export interface ShortcutRow {
  name: string;
  action: string;
  /** The keys as the browser shows them, or null when the reader has none assigned. */
  keys: string | null;
}

/** The browsers' own command for the toolbar button, which has no description of ours. */
const OPEN_POPUP = new Set(['_execute_action', '_execute_browser_action']);

/**
 * The reader's actual keys, read from the browser rather than the manifest: a suggested key can be
 * taken by another extension or changed by the reader. Commands without a description are left out.
 */
export function shortcutRows(commands: readonly CommandInfo[]): ShortcutRow[] {
  return commands.flatMap(({ name = '', description, shortcut }) => {
    const action = OPEN_POPUP.has(name) ? 'Open the Backstory popup' : description?.trim();
    return action ? [{ name, action, keys: shortcut?.trim() || null }] : [];
  });
}
