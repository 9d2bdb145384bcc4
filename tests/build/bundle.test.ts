// Least privilege and no remote or generated code, checked on the built extension (npm test builds first).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const OUT = path.resolve(__dirname, '../../.output/chrome-mv3');
const manifest = JSON.parse(readFileSync(path.join(OUT, 'manifest.json'), 'utf8'));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}
const scripts = files(OUT).filter((f) => f.endsWith('.js'));
const gz = (rel: string) => gzipSync(readFileSync(path.join(OUT, rel)), { level: 9 }).length;

describe('the built extension', () => {
  it('asks only for the permissions it uses', () => {
    expect(manifest.permissions.sort()).toEqual(['scripting', 'storage']);
    expect(manifest.host_permissions.sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a description that fits the Chrome Web Store short description (132 characters)', () => {
    expect(manifest.description.length).toBeGreaterThan(40);
    expect(manifest.description.length).toBeLessThanOrEqual(132);
  });

  it('keeps a strict CSP on extension pages', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('ships no eval, no new Function and no remote script', () => {
    expect(scripts.length).toBeGreaterThanOrEqual(5);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(/(^|[^\w$.])eval\s*\(/.test(code), file).toBe(false);
      expect(/new\s+Function\s*\(/.test(code), file).toBe(false);
      expect(/importScripts\s*\(\s*['"`]https?:/.test(code), file).toBe(false);
      expect(/\bimport\s*\(\s*['"`]https?:/.test(code), file).toBe(false);
    }
    for (const html of files(OUT).filter((f) => f.endsWith('.html'))) {
      const text = readFileSync(html, 'utf8');
      expect(/<script(?![^>]*\bsrc=)[^>]*>/.test(text), html).toBe(false); // no inline scripts
      expect(/src="https?:/.test(text), html).toBe(false);
    }
  });

  it('makes no network calls in its code (no fetch, XHR, beacons or sockets)', () => {
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|WebSocket\s*\(|EventSource\s*\(/.test(code), file).toBe(false);
    }
  });

  it('keeps the every-page content script within 10 KB gzipped; the rest loads only on articles', () => {
    const everyPage = manifest.content_scripts.flatMap((c: { js?: string[] }) => c.js ?? []);
    expect(everyPage).toEqual(['gate.js']);
    // The gate runs in every frame (embedded op-eds); the stylesheet is not charged to sub-frames.
    const entries = manifest.content_scripts as { js?: string[]; css?: string[]; all_frames?: boolean }[];
    expect(entries.find((c) => c.js)?.all_frames).toBe(true);
    expect(entries.filter((c) => c.css).every((c) => !c.all_frames)).toBe(true);
    const size = everyPage.reduce((n: number, f: string) => n + gz(f), 0);
    expect(size).toBeLessThanOrEqual(10 * 1024);
    // The heavy parts exist as separate files that only the background injects.
    expect(gz('annotator.js')).toBeGreaterThan(size);
    expect(gz('card-ui.js')).toBeGreaterThan(5 * 1024);
  });
});
