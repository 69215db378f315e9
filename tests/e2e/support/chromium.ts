import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumWithPolicy, type PolicyLaunch } from './policy-namespace';
import { watchChromium } from './diagnostics';
import { OUTPUT_DIR } from '../../../scripts/unguarded-build';

export const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../..', OUTPUT_DIR, 'chrome-mv3');
/** The id pinned by the manifest key (wxt.config.ts). */
export const CHROME_EXTENSION_ID = 'oppibolfhpiakehfpnenhlaenadajcee';

/**
 * Debian's Chromium with the built extension loaded, all traffic through the fixture proxy.
 * With `policy`, the extension's managed policy comes from a real policy file that only this browser
 * sees (support/policy-namespace.ts).
 */
export async function launchChromium(
  proxyPort: number,
  extraArgs: string[] = [],
  options: { policy?: Record<string, unknown> | PolicyLaunch; /** A copy of the build to load instead (same id: the manifest key pins it). */ extensionDir?: string } = {},
): Promise<BrowserContext> {
  const { policy } = options;
  const extension = options.extensionDir ?? CHROME_EXTENSION_DIR;
  const isolated = policy && 'executablePath' in policy ? (policy as PolicyLaunch) : policy ? chromiumWithPolicy(CHROME_EXTENSION_ID, policy) : undefined;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cg-chromium-')), {
    executablePath: isolated?.executablePath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    proxy: { server: `http://127.0.0.1:${proxyPort}` },
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...extraArgs,
    ],
  });
  if (isolated) context.on('close', () => isolated.dispose());
  // Every wait and action has a deadline: Playwright's own default is to wait for ever.
  context.setDefaultTimeout(30_000);
  watchChromium(context);
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return context;
}

/**
 * Chromium with a managed policy that the test can change while the browser runs: Chromium watches
 * its policy directory and the extension hears `storage.onChanged` (area `managed`).
 */
export async function launchChromiumWithPolicy(proxyPort: number, policy: Record<string, unknown>, extraArgs: string[] = []) {
  const isolated = chromiumWithPolicy(CHROME_EXTENSION_ID, policy);
  const context = await launchChromium(proxyPort, extraArgs, { policy: isolated });
  return { context, setPolicy: (next: Record<string, unknown>) => isolated.update(next) };
}

/** The consent dialog's frame: an extension-origin iframe the page itself cannot reach. */
export async function dialogFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(`chrome-extension://${CHROME_EXTENSION_ID}/dialog.html`));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error('The Consent Guard dialog did not appear');
    await page.waitForTimeout(25);
  }
}
