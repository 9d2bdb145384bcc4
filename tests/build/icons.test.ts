// The icon on the built extensions (npm test builds both first): every size listed where each
// browser looks for it, each PNG of the size it claims, and all rendered from the current SVG.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import icon from '../../assets/icon.json' with { type: 'json' };

const ROOT = path.resolve(__dirname, '../..');
const BUILDS = [
  { dir: '.output/chrome-mv3', action: 'action' },
  { dir: '.output/firefox-mv2', action: 'browser_action' },
] as const;

/** Width, height and colour type from a PNG's IHDR chunk, which always comes first. */
function pngHeader(file: string): { width: number; height: number; colourType: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex'), file).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), file).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

describe('the icon', () => {
  it('comes in 16, 32, 48 and 128 px', () => {
    expect(Object.keys(icon.icons).map(Number)).toEqual([16, 32, 48, 128]);
  });

  it('is rendered from the current assets/icon.svg (else run npm run icons)', () => {
    const svg = readFileSync(path.join(ROOT, 'assets/icon.svg'));
    expect(createHash('sha256').update(svg).digest('hex')).toBe(icon.svgSha256);
  });

  for (const { dir, action } of BUILDS) {
    describe(dir, () => {
      const manifest = JSON.parse(readFileSync(path.join(ROOT, dir, 'manifest.json'), 'utf8'));
      it(`lists every size as the extension's icon and the toolbar button's (${action})`, () => {
        expect(manifest.icons).toEqual(icon.icons);
        expect(manifest[action].default_icon).toEqual(icon.icons);
        expect(manifest[action].default_popup).toBe('popup.html');
      });
      it('ships each PNG at the size it is listed under, with an alpha channel', () => {
        for (const [size, file] of Object.entries(icon.icons)) {
          const header = pngHeader(path.join(ROOT, dir, file));
          expect(header, file).toEqual({ width: Number(size), height: Number(size), colourType: 6 });
        }
      });
    });
  }
});
