import type { ShortcutRow } from '../lib/ui/shortcuts.ts';

/** Props for the keys list. */
export interface ShortcutsProps {
  rows: readonly ShortcutRow[];
  /** Opens the browser's shortcut settings (Chromium); absent where no page can be opened (Firefox). */
  onChange?: () => void;
}

/** The keyboard shortcuts the browser actually assigned, and where to change them. */
export function Shortcuts({ rows, onChange }: ShortcutsProps) {
  return (
    <section class="keys" aria-labelledby="keys-title">
      <h2 id="keys-title">Keyboard shortcuts</h2>
      <dl class="key-rows">
        {rows.map((r) => (
          <div key={r.name} class="key-row">
            <dt>{r.label}</dt>
            <dd>{r.keys ? <kbd>{r.keys}</kbd> : <span class="unset">not set</span>}</dd>
          </div>
        ))}
      </dl>
      {onChange ? (
        <button type="button" class="secondary" onClick={onChange}>
          Change shortcuts
        </button>
      ) : (
        <p class="hint">To change them: about:addons → ⚙ → Manage Extension Shortcuts.</p>
      )}
    </section>
  );
}
