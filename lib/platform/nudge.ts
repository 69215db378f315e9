import { browser } from 'wxt/browser';

/**
 * A trivial call into the browser's parent process. Firefox suspends an event page 30 s after its
 * last event or parent-process API call (ext-backgroundPage.js, reason "parentApiCall"); a message
 * alone does not reset that timer for a running page, this does. Chrome counts it as activity too.
 */
export async function nudgeAwake(): Promise<void> {
  await browser.runtime.getPlatformInfo().catch(() => undefined);
}
