// The layering the code relies on: lib/ is pure logic that any part may use, so it must reach for
// no browser extension API, no UI framework and nothing above it. Checked on the source text.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

function sourcesUnder(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourcesUnder(rel);
    return /\.tsx?$/.test(name) ? [rel] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);

/** Packages lib/ may use: none that touch the extension API or render UI. */
const LIB_PACKAGES = new Set(['dompurify']);

describe('lib/ layering', () => {
  const files = sourcesUnder('lib');
  it('finds the library sources', () => {
    expect(files.length).toBeGreaterThan(30);
  });
  it('imports only lib/ modules and plain packages: no extension API, Preact, entrypoints or components', () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec));
          if (!target.startsWith(`lib${path.sep}`) && !target.startsWith('assets')) bad.push(`${file} → ${spec}`);
        } else if (!LIB_PACKAGES.has(spec)) bad.push(`${file} → ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
  it('calls no extension API global', () => {
    const bad = files.filter((file) => /\b(chrome|browser)\s*\.\s*(runtime|tabs|storage|scripting|action|commands)\b/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(bad).toEqual([]);
  });
});

describe('file size', () => {
  it('keeps every source in lib/, extension/, entrypoints/ and components/ under 150 lines', () => {
    const long = ['lib', 'extension', 'entrypoints', 'components']
      .flatMap(sourcesUnder)
      .map((file) => ({ file, lines: readFileSync(path.join(ROOT, file), 'utf8').split('\n').length }))
      .filter((f) => f.lines > 150);
    expect(long).toEqual([]);
  });
});
