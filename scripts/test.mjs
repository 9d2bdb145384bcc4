// `npm test`: validate and build the extension (Chrome MV3 and Firefox MV2), then run unit tests
// (jsdom), browser tests (system Chromium with the built extension) and Firefox tests (Firefox ESR
// with the Firefox build as a temporary add-on) in one Vitest run that ends with "N passed, N failed".
import { spawnSync } from 'node:child_process';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false });

for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
  const build = run('npx', args);
  if (build.status !== 0) {
    console.error(`Build failed (npx ${args.join(' ')}, see above); no tests were run.`);
    process.stdout.write('\n0 passed, 1 failed\n');
    process.exit(1);
  }
}
const tests = run('npx', ['vitest', 'run', ...process.argv.slice(2)]);
process.exit(tests.status ?? 1);
