// @vitest-environment node
// `web-ext lint` on the Firefox build (.output/firefox-mv2): no errors, and no warnings from our own
// code. Warnings the linter raises inside bundled libraries (Preact's dangerouslySetInnerHTML
// support, DOMPurify's parser) are allowed; which code a warning is in is decided by the build's
// source maps, not by guessing from the minified text: the same build is made again with source
// maps into a temporary folder, checked to be byte-identical, and each warning's line and column
// are mapped back to the source file they came from.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const BUILD = path.join(ROOT, '.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** Runs web-ext's lint command through its node API (the CLI would also check npm for updates). */
async function lint(sourceDir: string): Promise<LintResult> {
  // web-ext ships no type declarations: import it through a plain string, typed here.
  const specifier: string = 'web-ext';
  const webExt = (await import(specifier)) as {
    cmd: { lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<LintResult> };
  };
  const run = webExt.cmd.lint;
  return run({ sourceDir, output: 'none', boring: true, selfHosted: false, ignoreFiles: [] }, { shouldExitProgram: false });
}

/** Builds the Firefox extension, as `npm run build:firefox` does, into `outDir` (source maps on request). */
function buildFirefox(outDir: string | null, sourcemap: boolean): void {
  const script = `
    import { build } from 'wxt';
    await build({
      browser: 'firefox',
      ${outDir ? `outDir: ${JSON.stringify(outDir)},` : ''}
      ${sourcemap ? `vite: () => ({ build: { sourcemap: true } }),` : ''}
    });`;
  const env = { ...process.env };
  delete env.BACKSTORY_DATASET;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, env, encoding: 'utf8', timeout: 180_000 });
  if (run.status !== 0) throw new Error(`Firefox build failed:\n${run.stdout}\n${run.stderr}`);
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes a source map's VLQ mappings: per generated line, [generatedColumn, sourceIndex] segments. */
function decodeMappings(mappings: string): [number, number][][] {
  const lines: [number, number][][] = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments: [number, number][] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length >= 4) {
        source += fields[1];
        segments.push([column, source]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** The source file a (1-based line, 1-based column) position of a built file comes from, or null. */
function sourceAt(mapFile: string, line: number, column: number): string | null {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const segments = decodeMappings(map.mappings)[line - 1] ?? [];
  let found: number | null = null;
  for (const [col, src] of segments) {
    if (col > column - 1) break;
    found = src;
  }
  return found === null ? null : path.resolve(path.dirname(mapFile), map.sources[found]);
}

/** Code without the trailing source-map comment, for comparing the two builds. */
const code = (file: string) => readFileSync(file, 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '');

/** The JS files of a build (relative paths), sorted. */
function jsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.m?js$/.test(f)).sort();
}

/** True when `dir` holds exactly the scripts the source-mapped build made (source-map comments aside). */
function sameScripts(dir: string, withMaps: string): boolean {
  if (!existsSync(path.join(dir, 'manifest.json'))) return false;
  const files = jsFiles(withMaps);
  return JSON.stringify(jsFiles(dir)) === JSON.stringify(files) && files.every((f) => code(path.join(dir, f)) === code(path.join(withMaps, f)));
}

let mapped: string;
let result: LintResult;
beforeAll(async () => {
  mapped = mkdtempSync(path.join(os.tmpdir(), 'backstory-fxmap-'));
  buildFirefox(mapped, true);
  // `npm test` has just built .output/firefox-mv2; when run on its own, (re)build it if it is missing
  // or older than the sources, so the lint and the source maps describe the same code.
  if (!sameScripts(BUILD, path.join(mapped, 'firefox-mv2'))) buildFirefox(null, false);
  if (!sameScripts(BUILD, path.join(mapped, 'firefox-mv2'))) {
    throw new Error(`${BUILD} differs from the same build with source maps (sources edited during the test?)`);
  }
  result = await lint(BUILD);
}, 240_000);
afterAll(() => {
  if (mapped) rmSync(mapped, { recursive: true, force: true });
});

/** Where a warning comes from: a source file of ours or of a library, or a non-JS file of the build. */
function origin(w: LintMessage): { ours: boolean; where: string } {
  const file = w.file ?? '(no file)';
  if (!/\.m?js$/.test(file) || w.line === undefined || w.column === undefined) return { ours: true, where: file };
  const again = path.join(mapped, 'firefox-mv2', file); // byte-identical code (checked in beforeAll)
  if (!existsSync(`${again}.map`)) return { ours: true, where: `${file}:${w.line}:${w.column} (no source map)` };
  const source = sourceAt(`${again}.map`, w.line, w.column);
  if (!source) return { ours: true, where: `${file}:${w.line}:${w.column} (unmapped)` };
  const rel = path.relative(ROOT, source);
  return { ours: !rel.split(path.sep).includes('node_modules'), where: rel };
}

describe('web-ext lint on the Firefox build', () => {
  it('reports no errors', () => {
    expect(result.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(result.summary.errors).toBe(0);
  });

  it('reports no warnings from our own code (manifest, pages, our scripts)', () => {
    const ours: string[] = [];
    const libraries: string[] = [];
    for (const w of result.warnings) {
      const { ours: isOurs, where } = origin(w);
      (isOurs ? ours : libraries).push(`${w.code} in ${where}: ${w.message}${isOurs && w.description ? ` (${w.description})` : ''}`);
    }
    if (libraries.length) console.info(`web-ext lint: ${libraries.length} warning(s) inside bundled libraries:\n  ${libraries.join('\n  ')}`);
    expect(ours).toEqual([]);
  });

  it('maps warnings to their sources (the attribution above is not vacuous)', () => {
    // The popup's scripts (its entry and the chunk it shares with the welcome page) bundle Preact:
    // a position inside it maps into node_modules/preact, one inside the popup's own code to components/.
    const chunks = [...readFileSync(path.join(BUILD, 'popup.html'), 'utf8').matchAll(/(?:src|href)="\/?(chunks\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(chunks.some((c) => c.startsWith('chunks/popup-'))).toBe(true);
    const inPackage = (file: string, name: string) => file.split(/[/\\]/).join('/').includes(`node_modules/${name}/`);
    /** The sources of every occurrence of `needle` in the popup's scripts, as paths from the root. */
    const sourcesOf = (needle: string) =>
      chunks.flatMap((chunk) =>
        code(path.join(BUILD, chunk))
          .split('\n')
          .flatMap((text, line) => [...text.matchAll(new RegExp(needle, 'g'))].map((m) => sourceAt(path.join(mapped, 'firefox-mv2', `${chunk}.map`), line + 1, m.index + 1)))
          .map((source) => path.relative(ROOT, source ?? '')),
      );
    expect(sourcesOf('dangerouslySetInnerHTML').some((s) => inPackage(s, 'preact'))).toBe(true);
    const ownText = sourcesOf('Reading this page');
    expect(ownText.length).toBeGreaterThan(0);
    for (const source of ownText) expect(source).toMatch(/^components[/\\]PopupApp\.tsx$/);
  });
});
