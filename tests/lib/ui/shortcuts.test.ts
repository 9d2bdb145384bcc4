import { describe, expect, it } from 'vitest';
import { shortcutRows } from '../../../lib/ui/shortcuts.ts';

describe('shortcutRows', () => {
  it('names the manifest’s commands briefly and shows an empty shortcut as not set', () => {
    expect(
      shortcutRows([
        { name: 'next-annotation', description: 'Go to the next highlighted term', shortcut: 'Alt+Shift+N' },
        { name: 'previous-annotation', description: 'Go to the previous highlighted term', shortcut: '' },
      ]),
    ).toEqual([
      { name: 'next-annotation', label: 'Next term', keys: 'Alt+Shift+N' },
      { name: 'previous-annotation', label: 'Previous term', keys: null },
    ]);
  });
  it('leaves out the browser’s reserved commands and falls back to the description', () => {
    expect(shortcutRows([{ name: '_execute_action', shortcut: 'Ctrl+B' }, { name: 'other', description: 'Do a thing' }, {}])).toEqual([
      { name: 'other', label: 'Do a thing', keys: null },
    ]);
  });
});
