import { describe, expect, it } from 'vitest';
import { shortcutRows } from '../../../lib/ui/shortcuts.ts';

describe('shortcutRows', () => {
  it('shows the keys the browser reports, and null where none is set', () => {
    const rows = shortcutRows([
      { name: 'next-annotation', description: 'Go to the next highlighted term', shortcut: 'Alt+Shift+N' },
      { name: 'previous-annotation', description: 'Go to the previous highlighted term', shortcut: '' },
      { name: 'other', description: 'Something else' },
    ]);
    expect(rows).toEqual([
      { name: 'next-annotation', action: 'Go to the next highlighted term', keys: 'Alt+Shift+N' },
      { name: 'previous-annotation', action: 'Go to the previous highlighted term', keys: null },
      { name: 'other', action: 'Something else', keys: null },
    ]);
  });
  it('names the toolbar button command, which comes without a description, in Chrome and Firefox', () => {
    expect(shortcutRows([{ name: '_execute_action', description: '', shortcut: 'Ctrl+Shift+B' }])).toEqual([
      { name: '_execute_action', action: 'Open the Backstory popup', keys: 'Ctrl+Shift+B' },
    ]);
    expect(shortcutRows([{ name: '_execute_browser_action' }])[0]).toMatchObject({ action: 'Open the Backstory popup', keys: null });
  });
  it('leaves out commands it cannot describe', () => {
    expect(shortcutRows([{ name: 'x', description: '  ', shortcut: 'Alt+X' }, {}])).toEqual([]);
  });
});
