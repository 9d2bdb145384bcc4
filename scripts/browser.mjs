// Shared by `npm start`, the browser tests and the benchmark: find the system Chromium, serve
// pages on 127.0.0.1 and launch Chromium with the built extension. Nothing here downloads a browser.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { findExecutable } from './find-executable.mjs';

/** Chromium from CHROME_PATH, else the first of chromium, chromium-browser, google-chrome on the PATH. */
export function findChromium() {
  return findExecutable('CHROME_PATH', ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']);
}

/** What to tell a person who has no Chromium. */
export const INSTALL_HINT =
  'No Chromium found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves folders on 127.0.0.1: `mounts` maps a URL prefix ('/corpus/') to a folder.
 * `extra` may answer a request itself (for generated pages). `headers` go with every file served
 * from a mount (e.g. the ones that make a page cross-origin isolated). Resolves to { url, close }.
 */
export async function serve(mounts, extra, { headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (extra && (await extra(url, res))) return;
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!url.pathname.startsWith(prefix)) continue;
        const rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
        const file = path.resolve(dir, rel);
        if (!file.startsWith(path.resolve(dir))) break;
        const info = await stat(file).catch(() => null);
        const target = info?.isDirectory() ? path.join(file, 'index.html') : file;
        const body = await readFile(target).catch(() => null);
        if (!body) break;
        res.writeHead(200, { ...headers, 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } catch (error) {
      res.writeHead(500);
      res.end(String(error));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Flags that keep Chromium off the network and quick to start on a machine with no internet. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

/** The extension's first-run page, which its background opens in a new tab on install. */
export const WELCOME_PAGE = 'welcome.html';

/**
 * Waits for the first-run tab of a fresh install and closes it, so that callers start, as before
 * the extension had one, with the browser's own blank tab only. Resolves to the URLs it closed.
 */
async function closeWelcome(context, extensionId) {
  const url = `chrome-extension://${extensionId}/${WELCOME_PAGE}`;
  // The tab appears once the worker has handled onInstalled, and its URL once it commits.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) {
      await page.close();
      return [url];
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return [];
}

/**
 * Launches Chromium with the unpacked extension in `extensionDir` (`env`: its environment, e.g. a
 * DISPLAY for a headed run). On a fresh profile the extension's welcome tab is closed unless
 * `keepWelcome` is set.
 * Resolves to { context, extensionId, serviceWorker, welcomed } (welcomed: the welcome tabs closed).
 */
export async function launchWithExtension(extensionDir, { headless = true, userDataDir, viewport, hasTouch = false, keepWelcome = false, env } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const { mkdtemp } = await import('node:fs/promises');
  const os = await import('node:os');
  const dir = userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'backstory-profile-')));
  // Only a fresh profile installs the extension (a reused one updates it), and builds from before
  // the welcome page (benchmarks of older commits) open nothing.
  const expectWelcome = !keepWelcome && (await readdir(dir).catch(() => [])).length === 0 && existsSync(path.join(extensionDir, WELCOME_PAGE));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath,
    headless,
    viewport: viewport ?? { width: 1280, height: 900 },
    hasTouch,
    ...(env ? { env } : {}),
    args: [
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(headless ? ['--headless=new'] : []),
    ],
  });
  let [serviceWorker] = context.serviceWorkers();
  if (!serviceWorker) serviceWorker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(serviceWorker.url()).host;
  const welcomed = expectWelcome ? await closeWelcome(context, extensionId) : [];
  return { context, extensionId, serviceWorker, welcomed };
}
