import { render } from 'preact';
import { browser } from 'wxt/browser';
// The same build-time dataset module as the popup, so the title is the one the popup shows.
import dataset from 'virtual:backstory-dataset';
import iconUrl from '../../assets/icon.svg?url';
import { Welcome } from '../../components/Welcome.tsx';
import { shortcutRows, type Command } from '../../lib/ui/shortcuts.ts';

/** The manifest's commands without keys: shown as "not set" when the browser cannot say which keys are set. */
function declared(): Command[] {
  return Object.entries(browser.runtime.getManifest().commands ?? {}).map(([name, c]) => ({ name, description: c.description }));
}

async function load() {
  const commands = await Promise.resolve(browser.commands?.getAll()).then((all) => all ?? declared(), declared);
  render(
    <Welcome
      opEdTitle={dataset.entries.find((e) => e.kind === 'article')?.label ?? ''}
      shortcuts={shortcutRows(commands)}
      shortcutsPlace={
        import.meta.env.FIREFOX
          ? 'about:addons (the gear menu, Manage Extension Shortcuts)'
          : 'chrome://extensions/shortcuts (edge://extensions/shortcuts in Edge)'
      }
      images={{ icon: iconUrl, card: '/welcome/card.png', popup: '/welcome/popup.png' }}
    />,
    document.getElementById('app')!,
  );
}

void load();
