import type { Browser } from 'puppeteer-core';

/** The gecko id of the Firefox build. */
export const GECKO_ID: string;
/** The fixed internal UUID the add-on gets in the test profile. */
export const EXTENSION_UUID: string;
/** moz-extension://<EXTENSION_UUID> */
export const EXTENSION_ORIGIN: string;
/** The first Firefox with the CSS Custom Highlight API. */
export const MIN_FIREFOX_MAJOR: number;
/** Firefox from FIREFOX_PATH or the PATH (firefox-esr, firefox), or null. */
export function findFirefox(): string | null;
/** What to tell a person who has no Firefox. */
export const FIREFOX_INSTALL_HINT: string;
/** The major version of a Firefox binary, or null. */
export function firefoxMajorVersion(executablePath: string): number | null;
/** Preferences that keep Firefox off the network. */
export const FIREFOX_PREFS: Record<string, string | number | boolean>;
/** Launches Firefox with the built add-on installed as a temporary add-on. */
export function launchFirefoxWithExtension(
  extensionDir: string,
  options?: {
    headless?: boolean;
    viewport?: { width: number; height: number };
    prefs?: Record<string, string | number | boolean>;
  },
): Promise<{ browser: Browser; addonId: string; origin: string }>;
