import { browser } from 'wxt/browser';
import { fail, type Result } from '../messaging/result';
import type { Platform } from './types';

/**
 * Chrome: the service worker may not start workers, so an offscreen document hosts the engine
 * worker (entrypoints/offscreen) and only routes; the background reaches it by runtime messaging.
 */
export const chromiumPlatform: Platform = {
  name: 'chromium',
  injectsScriptsIntoOpenTabs: false,
  engineHost: {
    async call(envelope) {
      await ensureOffscreen();
      const response = (await browser.runtime.sendMessage(envelope)) as Result<unknown> | undefined;
      return response ?? fail('engine-failed', 'The checking engine did not answer');
    },
  },
};

let ensuring: Promise<void> | undefined;

/**
 * Opens the offscreen document unless it exists. Callers that arrive together share one attempt:
 * a document that exists but is still loading has no listener yet, and a message sent to it then
 * is lost (seen on the first check after start, while the page-load warm-up opened the document).
 */
function ensureOffscreen(): Promise<void> {
  ensuring ??= (async () => {
    const runtime = browser.runtime as unknown as { getContexts(f: { contextTypes: string[] }): Promise<unknown[]> };
    const existing = await runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (existing.length > 0) return;
    const offscreen = (browser as unknown as { offscreen: ChromeOffscreen }).offscreen;
    await offscreen.createDocument({
      url: 'offscreen.html',
      reasons: ['WORKERS', 'BLOBS'],
      justification: 'Checks images for faces and patient identifiers on the device',
    });
  })().finally(() => {
    ensuring = undefined;
  });
  return ensuring;
}

interface ChromeOffscreen {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
}
