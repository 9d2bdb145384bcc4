// Finding a system browser, shared by scripts/browser.mjs (Chromium) and scripts/firefox.mjs: an
// environment variable wins, then the first name on the PATH. Nothing here downloads a browser.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** The file `process.env[envVar]` names if it exists, else the first of `names` on the PATH, else null. */
export function findExecutable(envVar, names) {
  const fromEnv = process.env[envVar];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  for (const name of names) {
    try {
      const found = execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
      if (found) return found;
    } catch {
      // not on the PATH; try the next name
    }
  }
  return null;
}
