// `npm start`: build the extension, serve the demo article on 127.0.0.1 and open Chromium with the
// extension loaded. With a display it opens a window and waits; without one (or with --headless)
// it saves screenshots of the highlighted article, an open card, the popup and the welcome page, and
// prints their paths.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, INSTALL_HINT, launchWithExtension, serve } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const outDir = path.join(root, 'docs/screenshots');

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await serve({ '/': path.join(root, 'demo') });
const demoUrl = `${server.url}/`;
const extensionDir = process.env.BACKSTORY_EXTENSION_DIR ?? path.join(root, '.output/chrome-mv3');
const { context, extensionId, serviceWorker } = await launchWithExtension(extensionDir, {
  headless,
  viewport: { width: 1280, height: 860 },
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(demoUrl);
console.log(`Demo article: ${demoUrl}`);

if (!headless) {
  console.log('Chromium is open with Backstory loaded. Hover a highlighted term; click the toolbar button for the popup. Close the window or press Ctrl+C to stop.');
  await new Promise((resolve) => context.on('close', resolve));
  await server.close();
  process.exit(0);
}

mkdirSync(outDir, { recursive: true });
/** Waits until the content script has painted its highlights. */
await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('backstory-')), null, { timeout: 15_000 });

await page.evaluate(() => document.querySelector('.story-body p:nth-of-type(4)')?.scrollIntoView({ block: 'start' }));
await page.evaluate(() => window.scrollBy(0, -140));
const article = path.join(outDir, 'article.png');
await page.screenshot({ path: article });

const point = await page.evaluate(() => {
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of h) {
      if (r.toString().startsWith('approximately 30,000')) {
        const box = r.getClientRects()[0];
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
  }
  return null;
});
const card = path.join(outDir, 'card.png');
if (point) {
  await page.mouse.move(point.x, point.y);
  await page.locator('backstory-card-host [role="dialog"]').waitFor({ state: 'visible' });
  await page.waitForTimeout(150);
  await page.screenshot({ path: card });
}

await page.bringToFront();
const tabId = await serviceWorker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
const popupPage = await context.newPage();
await popupPage.setViewportSize({ width: 420, height: 900 });
await popupPage.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
await popupPage.locator('section.group').first().waitFor();
const popup = path.join(outDir, 'popup.png');
await popupPage.screenshot({ path: popup });

// The first-run page shows the screenshots above as the build copied them: run twice after they change.
const welcomePage = await context.newPage();
await welcomePage.setViewportSize({ width: 1280, height: 800 });
await welcomePage.goto(`chrome-extension://${extensionId}/welcome.html`);
await welcomePage.locator('main').waitFor();
await welcomePage.waitForFunction(() => [...document.images].every((img) => img.complete));
const welcome = path.join(outDir, 'welcome.png');
await welcomePage.screenshot({ path: welcome });

console.log('Screenshots (no display found, so Chromium ran headless):');
for (const file of [article, card, popup, welcome]) console.log(`  ${path.relative(process.cwd(), file)}`);
await context.close();
await server.close();
