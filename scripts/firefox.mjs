// Firefox counterpart of scripts/browser.mjs: find the system Firefox (Debian's firefox-esr) and
// launch it headless with the built Firefox extension (.output/firefox-mv2) installed as a temporary
// add-on, driven by puppeteer-core over WebDriver BiDi. Nothing here downloads a browser, and the
// profile keeps Firefox off the network (no updates, telemetry, safe browsing, captive portal or
// remote settings).
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findExecutable } from './find-executable.mjs';

const extension = JSON.parse(readFileSync(new URL('../extension.json', import.meta.url), 'utf8'));

/** The gecko id of the Firefox build (extension.json, also read by wxt.config.ts). */
export const GECKO_ID = extension.geckoId;

/**
 * The fixed internal UUID the tests give the add-on, so its pages have a known
 * moz-extension://<uuid>/ origin (Firefox picks a random one per profile otherwise).
 */
export const EXTENSION_UUID = '7c1e0b5a-4f2d-4d6b-9a8e-3b7c5d1e2f40';

/** Where the add-on's pages live: moz-extension://<uuid>. */
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

/** The first Firefox with the CSS Custom Highlight API, which the extension paints with. */
export const MIN_FIREFOX_MAJOR = Number.parseInt(extension.firefoxMinVersion, 10);

/** Firefox from FIREFOX_PATH, else the first of firefox-esr, firefox on the PATH, or null. */
export function findFirefox() {
  return findExecutable('FIREFOX_PATH', ['firefox-esr', 'firefox']);
}

/** What to tell a person who has no Firefox. */
export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install Firefox ESR 140 or newer (Debian/Ubuntu: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH to a Firefox binary.';

/** The major version of a Firefox binary ("Mozilla Firefox 153.7.0esr" → 153), or null. */
export function firefoxMajorVersion(executablePath) {
  try {
    const out = execFileSync(executablePath, ['--version'], { encoding: 'utf8', timeout: 30_000 });
    const m = /(\d+)\.\d+/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const OFFLINE = 'http://127.0.0.1:9/'; // discard port: any request that slips through fails at once

/**
 * Preferences that keep Firefox off the network and quick to start on a machine with no internet,
 * on top of the ones puppeteer-core already sets (updates, safe browsing lists, normandy...).
 */
export const FIREFOX_PREFS = {
  // Updates: the browser, add-ons, search engines, system add-ons.
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'extensions.systemAddon.update.url': '',
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.showPane': false,
  'extensions.htmlaboutaddons.recommendations.enabled': false,
  'browser.search.update': false,
  'browser.discovery.enabled': false,
  // Telemetry, health report, studies, crash reports, pings.
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.server': OFFLINE,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.updatePing.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.usage.uploadEnabled': false,
  'app.shield.optoutstudies.enabled': false,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'browser.crashReports.unsubmittedCheck.autoSubmit2': false,
  'browser.tabs.crashReporting.sendReport': false,
  'browser.ping-centre.telemetry': false,
  // Safe browsing and tracking-protection lists.
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'privacy.trackingprotection.enabled': false,
  // Captive portal and connectivity checks.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'captivedetect.canonicalURL': '',
  // Remote settings, blocklist, the content-analysis and push services.
  'services.settings.server': OFFLINE,
  'extensions.blocklist.enabled': false,
  'dom.push.enabled': false,
  'dom.push.serverURL': '',
  'messaging-system.rsexperimentloader.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.contentblocking.report.lockwise.enabled': false,
  'identity.fxaccounts.enabled': false,
  'services.sync.engine.addons': false,
  // Everything but 127.0.0.1 goes through a proxy on a closed local port: the pages' external images
  // and scripts fail at once instead of waiting on DNS (like Chromium's --host-resolver-rules).
  // Firefox never proxies 127.0.0.1 itself (network.proxy.allow_hijacking_localhost is false).
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': false,
  'network.proxy.no_proxies_on': '127.0.0.1, localhost',
  'network.proxy.allow_hijacking_localhost': false,
  'network.proxy.failover_direct': false,
  // No DNS at all: the tests only use the IP literal 127.0.0.1. (Release builds ignore the
  // services.settings.server override below without MOZ_REMOTE_SETTINGS_DEVTOOLS, and would
  // otherwise still look up firefox.settings.services.mozilla.com.)
  'network.dns.disabled': true,
  // Prefetching, speculative connections, DNS over HTTPS.
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'network.predictor.enabled': false,
  'network.http.speculative-parallel-limit': 0,
  'network.trr.mode': 5,
  'browser.urlbar.speculativeConnect.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'browser.places.speculativeConnect.enabled': false,
  // New tab page, pocket, snippets, first-run pages.
  'browser.newtabpage.enabled': false,
  'browser.newtabpage.activity-stream.feeds.system.topstories': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'browser.newtabpage.activity-stream.default.sites': '',
  'extensions.pocket.enabled': false,
  'browser.aboutwelcome.enabled': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'trailhead.firstrun.didSeeAboutWelcome': true,
  'browser.translations.enable': false,
  'browser.ml.enable': false,
  'media.gmp-manager.updateEnabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'media.gmp-widevinecdm.enabled': false,
  // Temporary add-ons need no signature; keep the check off the network anyway.
  'xpinstall.signatures.required': false,
  // Smooth scrolling would move highlights under a pointer the tests have just placed.
  'general.smoothScroll': false,
  // Let an unfocused headless window still paint and run rAF at full speed.
  'focusmanager.testmode': true,
  'dom.min_background_timeout_value': 4,
  'dom.timeout.enable_budget_timer_throttling': false,
};

/**
 * Launches Firefox with the built add-on in `extensionDir` installed as a temporary add-on.
 * Resolves to { browser, addonId, origin } where `origin` is the add-on's moz-extension:// origin.
 */
export async function launchFirefoxWithExtension(extensionDir, { headless = true, viewport, prefs = {} } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_INSTALL_HINT);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless,
    defaultViewport: viewport ?? { width: 1280, height: 900 },
    // Lets the automation open moz-extension:// pages (the popup) like any other page.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...FIREFOX_PREFS,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...prefs,
    },
    // Honour services.settings.server (remote settings) in a release build.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    timeout: 60_000,
    protocolTimeout: 60_000,
  });
  try {
    const addonId = await browser.installExtension(extensionDir);
    return { browser, addonId, origin: EXTENSION_ORIGIN };
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}
