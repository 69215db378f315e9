import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { GECKO_ID } from '../../../wxt.config';
import { firefoxWithPolicy } from './policy-namespace';
import { within } from './deadline';
import { watchFirefox } from './diagnostics';
import { OUTPUT_DIR } from '../../../scripts/unguarded-build';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../..', OUTPUT_DIR, 'firefox-mv3');

/**
 * Firefox ESR over WebDriver BiDi (no geckodriver needed), the built extension installed as a
 * temporary add-on, all traffic through the fixture proxy. With `policy`, the add-on's managed settings
 * come from a real policies.json that only this browser sees (support/policy-namespace.ts).
 */
export async function launchFirefox(proxyPort: number, extraPrefs: Record<string, unknown> = {}, options: { policy?: Record<string, unknown> } = {}): Promise<Browser> {
  const isolated = options.policy ? firefoxWithPolicy(GECKO_ID, options.policy) : undefined;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: isolated?.executablePath ?? process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      ...extraPrefs,
    },
  });
  if (isolated) browser.on('disconnected', () => isolated.dispose());
  watchFirefox(browser);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  return browser;
}

/** The consent dialog's moz-extension frame inside the page. */
export async function firefoxDialogFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // BiDi reports the extension frame's URL as about:blank, so ask the frame itself.
    for (const frame of page.frames()) {
      // A dialog frame that was just removed throws synchronously when evaluated.
      // Only a loaded one: at its very start the extension's API is not in the frame yet (engine-parity once saw no `browser`).
      const ready = () => (document.readyState !== 'loading' && typeof (globalThis as { browser?: unknown }).browser === 'object' ? location.href : '');
      const href = await within('a look into a frame', 5_000, Promise.resolve().then(() => frame.evaluate(ready))).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('/dialog.html')) return frame;
    }
    if (Date.now() > deadline) throw new Error('The Consent Guard dialog did not appear');
    await new Promise((r) => setTimeout(r, 25));
  }
}
