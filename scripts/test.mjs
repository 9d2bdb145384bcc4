// `npm test`: validate and build the extension (Chrome MV3 and Firefox MV2), then run unit tests
// (jsdom), browser tests (system Chromium with the built extension) and Firefox tests (Firefox ESR
// with the Firefox build as a temporary add-on) in one Vitest run that ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';

/** Terminal control sequences (colours, the build spinner's cursor moves) become plain text. */
const plain = (text) =>
  text
    .replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/\r\n/g, '\n')
    .replace(/\r/g, '\n');

// The builds' own output (a spinner, then every file) is captured: one line per build when it
// succeeds (plus any warning it printed), all of it, as plain text, when it fails.
for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
  const started = Date.now();
  const build = spawnSync('npx', args, { encoding: 'utf8', shell: false, maxBuffer: 64 * 1024 * 1024 });
  const output = plain(`${build.stdout ?? ''}${build.stderr ?? ''}`);
  const command = `npx ${args.join(' ')}`;
  if (build.status !== 0) {
    process.stdout.write(`${output.trimEnd()}\n${build.error ? `${build.error.message}\n` : ''}`);
    console.error(`Build failed (${command}, see above); no tests were run.`);
    process.stdout.write('\n0 passed, 1 failed\n');
    process.exit(1);
  }
  const target = /Building (\S+)/.exec(output)?.[1] ?? command;
  const size = /Total size: ([\d.]+ \S+)/.exec(output)?.[1];
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Built ${target} in ${seconds} s${size ? `, ${size}` : ''} (${command})`);
  for (const line of output.split('\n')) {
    if (/^\s*(⚠|\[warn\]|WARN\b|\(!\))/.test(line)) console.log(line);
  }
}
// In CI the log is read as plain text: no colour codes around the lines a reader searches for.
const env = process.env.CI ? { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } : process.env;
const tests = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', shell: false, env });
process.exit(tests.status ?? 1);
