// `npm test`: validate and build the extension, then run unit tests (jsdom) and browser tests
// (system Chromium with the built extension) in one Vitest run that ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

const build = run('npx', ['wxt', 'build']);
if (build.status !== 0) {
  console.error('Build failed (see above); no tests were run.');
  process.stdout.write('\n0 passed, 1 failed\n');
  process.exit(1);
}
const tests = run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
process.exit(tests.status ?? 1);
