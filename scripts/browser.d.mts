import type { BrowserContext, Worker } from 'playwright-core';
import type { ServerResponse } from 'node:http';

/** Chromium from CHROME_PATH or the PATH, or null. */
export function findChromium(): string | null;
/** What to tell a person who has no Chromium. */
export const INSTALL_HINT: string;
/** Flags that keep Chromium off the network. */
export const CHROMIUM_FLAGS: string[];
/** Serves folders on 127.0.0.1. */
export function serve(
  mounts: Record<string, string>,
  extra?: ((url: URL, res: ServerResponse) => boolean | Promise<boolean>) | null,
  options?: { headers?: Record<string, string> },
): Promise<{ url: string; close(): Promise<void> }>;
/** The extension's first-run page (a file of the build), opened on install. */
export const WELCOME_PAGE: string;
/** Launches Chromium with an unpacked extension; closes its welcome tab on a fresh profile unless keepWelcome. */
export function launchWithExtension(
  extensionDir: string,
  options?: {
    headless?: boolean;
    userDataDir?: string;
    viewport?: { width: number; height: number };
    hasTouch?: boolean;
    keepWelcome?: boolean;
    env?: Record<string, string | undefined>;
  },
): Promise<{ context: BrowserContext; extensionId: string; serviceWorker: Worker; welcomed: string[] }>;
