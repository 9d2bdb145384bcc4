// A virtual X display for the one test that needs a headed browser: browser-level shortcuts (the
// commands API) only fire on key events from the window system. Playwright's keyboard goes through
// the DevTools protocol to the page, which the commands API never sees (docs/keyboard.md).
import { execFileSync, spawn } from 'node:child_process';

/** Xvfb and xdotool are Debian packages; .ci/run installs them when missing. */
const INSTALL_HINT = 'needs Xvfb and xdotool (Debian/Ubuntu: sudo apt-get install -y xvfb xdotool)';

/** A running Xvfb: its DISPLAY value, and how to stop it. */
export interface XDisplay {
  display: string;
  stop(): Promise<void>;
}

function requireTool(name: string): void {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
  } catch {
    throw new Error(`${name} not found: the keyboard shortcut test ${INSTALL_HINT}.`);
  }
}

/** Starts Xvfb on the first free display number, which Xvfb itself picks and reports. */
export async function startXvfb(): Promise<XDisplay> {
  requireTool('Xvfb');
  requireTool('xdotool');
  const proc = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    proc.stderr!.on('data', (d) => (err += d));
    proc.stdio[3]!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    proc.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim()}`)));
  });
  return {
    display,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill();
      }),
  };
}

/**
 * Presses `keys` (xdotool names: "alt+shift+j") in the browser's window on `display`, as the window
 * system delivers them: the way a reader's key press reaches the browser's own shortcuts.
 */
export function pressInBrowserWindow(display: string, keys: string): void {
  const env = { ...process.env, DISPLAY: display };
  const [window] = execFileSync('xdotool', ['search', '--sync', '--onlyvisible', '--class', 'chrom'], { env, encoding: 'utf8' }).trim().split('\n');
  // No window manager runs on the bare display: focus the window directly.
  execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
  execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
}
