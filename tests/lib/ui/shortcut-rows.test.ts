import { describe, expect, it } from 'vitest';
import { shortcutRows } from '../../../lib/ui/shortcut-rows.ts';

// What Chromium 156 answers for the built extension (tests/e2e/keyboard-shortcuts.test.ts reads the real one).
const chromium = [
  { description: '', name: '_execute_action', shortcut: '' },
  { description: 'Go to the next highlighted term and open its card', name: 'next-annotation', shortcut: 'Alt+Shift+J' },
  { description: 'Go to the previous highlighted term and open its card', name: 'previous-annotation', shortcut: 'Alt+Shift+K' },
];

describe('shortcutRows', () => {
  it('lists our commands with their keys, one per kbd, and leaves the toolbar button’s out', () => {
    expect(shortcutRows(chromium)).toEqual([
      { name: 'next-annotation', label: 'Go to the next highlighted term and open its card', keys: ['Alt', 'Shift', 'J'] },
      { name: 'previous-annotation', label: 'Go to the previous highlighted term and open its card', keys: ['Alt', 'Shift', 'K'] },
    ]);
  });
  it('says no keys when the browser assigned none (a clash with its own shortcuts, or the reader removed them)', () => {
    expect(shortcutRows([{ name: 'next-annotation', description: 'Next', shortcut: '' }, { name: 'previous-annotation', description: 'Previous' }]))
      .toEqual([{ name: 'next-annotation', label: 'Next', keys: [] }, { name: 'previous-annotation', label: 'Previous', keys: [] }]);
  });
  it('splits macOS glyphs and keys with punctuation', () => {
    expect(shortcutRows([{ name: 'n', description: 'Next', shortcut: '⌥⇧J' }])[0].keys).toEqual(['⌥', '⇧', 'J']);
    expect(shortcutRows([{ name: 'n', description: 'Next', shortcut: 'Ctrl+Shift+Comma' }])[0].keys).toEqual(['Ctrl', 'Shift', 'Comma']);
  });
});
