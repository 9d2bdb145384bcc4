import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { datasetReport } from './lib/dataset/report.ts';
import { highlightCss } from './lib/highlight/highlight-css.ts';
import extension from './extension.json' with { type: 'json' };
import icon from './assets/icon.json' with { type: 'json' };
import { backstoryModel, datasetPath } from './scripts/model-plugin.ts';

/** Fails the build with a message naming the entry, the field and the reason. */
function checkDataset(): void {
  // BACKSTORY_DATASET lets the tests prove that a bad file stops the build.
  const file = datasetPath(process.cwd());
  const lines = datasetReport(JSON.parse(readFileSync(file, 'utf8')));
  if (lines.length) throw new Error(`The dataset is not valid:\n${lines.join('\n')}`);
}

/** The README screenshots the first-run page shows (docs/screenshots/ → welcome/ in the build). */
const WELCOME_SCREENSHOTS = ['card.png', 'popup.png'];

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every dependency visible (lib/ must not pull in browser APIs).
  imports: false,
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Backstory',
    // The toolbar button's icon; `icons` (extensions page, store) WXT finds in public/icon/ itself.
    // MV2 needs the key named browser_action: WXT merges the popup into it and would drop `action`.
    [manifestVersion === 2 ? 'browser_action' : 'action']: { default_icon: icon.icons },
    // At most 132 characters: the Chrome Web Store's short description is this text.
    description:
      'Neutral, sourced notes on the names, events and figures in an op-ed on Iran’s executions and articles on its subject. Works offline.',
    // The every-page gate is listed by hand: WXT's content-script wrapper and the API polyfill
    // cost more than the gate itself, and it must stay near free on pages that are not ours.
    // It runs in every frame too, since syndication embeds and AMP viewers show the op-ed in an
    // iframe; in a sub-frame it first checks the frame's size and stops in ad-sized ones. The
    // highlight stylesheet goes to top frames only: an article sub-frame gets it from the background
    // with the annotator, so ad frames are not charged for it.
    content_scripts: [
      {
        matches: ['http://*/*', 'https://*/*'],
        run_at: 'document_idle',
        css: ['highlights.css'],
      },
      {
        matches: ['http://*/*', 'https://*/*'],
        run_at: 'document_idle',
        all_frames: true,
        js: ['gate.js'],
      },
    ],
    // scripting + hosts: the background injects the annotator and the card UI into article pages
    // only, so every other page runs just the tiny gate. No new warning: the content script
    // already runs on these hosts.
    // storage: the reader's on/off switches (per site, per kind, global), kept on this device only.
    permissions: ['scripting', 'storage'],
    // The keyboard path to highlights, which cannot take focus themselves.
    commands: {
      'next-annotation': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next highlighted term and open its card',
      },
      'previous-annotation': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Go to the previous highlighted term and open its card',
      },
    },
    host_permissions: ['http://*/*', 'https://*/*'],
    // Extension pages: no remote code, no eval, no inline script.
    content_security_policy:
      browser === 'firefox'
        ? undefined
        : { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: extension.geckoId,
              strict_min_version: extension.firefoxMinVersion,
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: extension.firefoxAndroidMinVersion },
          },
        }
      : {}),
  }),
  // The sources zip (`npm run zip`) holds what a store reviewer needs to rebuild the extension with
  // `npm ci && npm run build:firefox`, and docs/store.md, which says how. WXT already leaves out
  // node_modules, dotfiles, *.test.* files and .output.
  zip: {
    excludeSources: [
      'tests/**',
      'bench/**',
      'bench-results/**',
      'test-results/**',
      'demo/**',
      'docs/**',
      'vitest.config.ts',
      'scripts/start.mjs',
      'scripts/icons.mjs',
      'scripts/test.mjs',
      'scripts/corpus-table.mjs',
      'scripts/browser.*',
      'scripts/firefox.*',
    ],
    includeSources: ['docs/store.md', ...WELCOME_SCREENSHOTS.map((shot) => `docs/screenshots/${shot}`)],
  },
  hooks: {
    'build:before': checkDataset,
    // The highlight colours are generated from the one list of kinds (lib/kinds.ts).
    'build:publicAssets': (wxt, files) => {
      files.push({ relativeDest: 'highlights.css', contents: highlightCss() });
      // The welcome page shows the README's screenshots, copied at build time rather than kept twice.
      for (const shot of WELCOME_SCREENSHOTS) {
        files.push({ relativeDest: `welcome/${shot}`, absoluteSrc: path.join(wxt.config.root, 'docs/screenshots', shot) });
      }
    },
  },
  vite: () => ({
    plugins: [backstoryModel(process.cwd())],
    // The modulepreload polyfill fetches chunks with fetch(); the popup needs no preloading.
    build: { modulePreload: { polyfill: false } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  }),
});
