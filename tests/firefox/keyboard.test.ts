// Firefox assigns the extension's suggested keys too, and offers its own way to the page where
// readers change them (the popup calls it; extension pages cannot open about:addons).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as Ext } from 'webextension-polyfill';
import { shortcutRows } from '../../lib/ui/shortcuts.ts';
import { EXTENSION_DIR, startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));

describe('keyboard shortcuts in Firefox', () => {
  it('assigns every suggested key, and can open the shortcut settings', async () => {
    const { commands, canOpenSettings } = await h.control.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: Ext }).browser;
      return { commands: await ext.commands.getAll(), canOpenSettings: typeof ext.commands.openShortcutSettings === 'function' };
    });
    expect(shortcutRows(commands).map((r) => [r.name, r.keys ?? ''])).toEqual(
      ['next-annotation', 'previous-annotation'].map((name) => [name, manifest.commands[name].suggested_key.default]),
    );
    expect(canOpenSettings).toBe(true);
  });
});
