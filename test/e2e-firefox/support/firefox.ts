/**
 * Launch Debian's Firefox ESR over WebDriver BiDi (puppeteer-core; Playwright's own patched Firefox cannot be
 * downloaded here) with the built .output/firefox-mv2 installed as a temporary add-on, in a fresh profile
 * (deleted on close, even when Firefox had to be killed), so every test starts with an empty database.
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';
export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../../.output/firefox-mv2', import.meta.url));

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://<uuid> of this profile's copy of the add-on (the UUID is chosen here, by pref). */
  extensionOrigin: string;
  /** Where downloads land, without a dialog (the popup's exports). */
  downloadDir: string;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(opts: { extensionDir?: string; headless?: boolean } = {}): Promise<FirefoxWithExtension> {
  const dir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build at ${dir}: run \`npm run build:firefox\` first.`);
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run scripts/ensure-firefox.sh.`);
  const addonId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  // Firefox gives each installed add-on a random moz-extension:// UUID; this pref fixes it in advance, so the
  // popup's address is known without asking the browser.
  const uuid = randomUUID();
  const userDataDir = mkdtempSync(join(tmpdir(), 'incident-lens-firefox-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'incident-lens-downloads-'));
  const cleanup = () => {
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(downloadDir, { recursive: true, force: true });
  };

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath: FIREFOX,
      headless: opts.headless ?? true,
      userDataDir,
      defaultViewport: { width: 1280, height: 800 },
      timeout: 60_000,
      protocolTimeout: 60_000,
      // BiDi refuses to navigate a tab to moz-extension:// (the popup page) unless system access is allowed.
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        // No traffic of Firefox's own during the tests (updates, telemetry, safe browsing lists).
        'app.update.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        // Downloads go straight to downloadDir.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      },
    });
  } catch (err) {
    cleanup();
    throw err;
  }
  const close = async () => {
    await closeBrowser(browser);
    cleanup();
  };
  try {
    // BiDi webExtension.install: a temporary add-on, as about:debugging would load it.
    const installed = await browser.installExtension(dir);
    if (installed !== addonId) throw new Error(`installed add-on id ${installed}, expected ${addonId}`);
  } catch (err) {
    await close();
    throw err;
  }
  return { browser, addonId, extensionOrigin: `moz-extension://${uuid}`, downloadDir, close };
}

/** Close politely, and kill the process if Firefox does not exit in time (no leftover processes). */
async function closeBrowser(browser: Browser): Promise<void> {
  const proc = browser.process();
  const timeout = new Promise<'timeout'>((ok) => setTimeout(ok, 15_000, 'timeout').unref());
  const result = await Promise.race([browser.close().then(() => 'closed' as const, () => 'failed' as const), timeout]);
  if (result !== 'closed' && proc && proc.exitCode === null && !proc.killed) proc.kill('SIGKILL');
}
