// `npm run icons`: renders assets/icon.svg to public/icon/<size>.png (where WXT finds the manifest's
// icons) in the system Chromium with a transparent background, and records the SVG's hash and the
// files in assets/icon.json, which wxt.config.ts reads for the toolbar icon and a test compares with
// the SVG to catch stale PNGs. Nothing is downloaded.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_FLAGS, findChromium, INSTALL_HINT } from './browser.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svgFile = path.join(root, 'assets/icon.svg');

/** Every size the manifest lists: toolbar (16, and 32 on high-DPI screens), extensions page (48), install dialog and store (128). */
const SIZES = [16, 32, 48, 128];
/** Transparent margin per size: the Chrome Web Store wants 128 px icons drawn in 96 px. */
const PADDING = { 128: 16 };

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const svg = readFileSync(svgFile);
const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
const icons = {};
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    const pad = PADDING[size] ?? 0;
    await page.setViewportSize({ width: size, height: size });
    const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;
    await page.setContent(
      `<body style="margin:0;background:transparent"><img src="${src}" width="${size - 2 * pad}" height="${size - 2 * pad}" style="display:block;margin:${pad}px"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const rel = `icon/${size}.png`;
    mkdirSync(path.join(root, 'public/icon'), { recursive: true });
    await page.screenshot({ path: path.join(root, 'public', rel), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    icons[size] = rel;
  }
} finally {
  await browser.close();
}

const record = { svgSha256: createHash('sha256').update(svg).digest('hex'), icons };
writeFileSync(path.join(root, 'assets/icon.json'), `${JSON.stringify(record, null, 2)}\n`);
console.log(`Rendered ${SIZES.map((s) => `public/${icons[s]}`).join(', ')} from assets/icon.svg.`);
