import { browser } from 'wxt/browser';
import { platform } from '../platform';
import { STATIC_SITE_MATCHES } from '../sites/registry';
import { sendToFrame } from './to-content';

const GUARD_JS = '/content-scripts/guard.js' as const;
const HOOK_JS = '/content-scripts/page-hook.js' as const;
/** Right after an update Chrome can refuse scripting for a moment ("Cannot access contents of the page"). */
const ATTEMPTS = [0, 250, 1000, 3000];

/**
 * After an install or update, Chrome leaves open tabs with the old content scripts (which stop
 * once they notice) or none at all; Firefox injects the new ones itself. So whenever the
 * background starts on Chrome, each open tab of a protected site is asked whether this version's
 * gate is there, and given it if not: the isolated gate first, then the page hook (which says
 * hello to that gate). A page opened before the update is guarded again without a reload.
 */
export async function guardOpenTabs(): Promise<void> {
  if (platform.injectsScriptsIntoOpenTabs) return;
  const tabs = await browser.tabs.query({ url: [...STATIC_SITE_MATCHES] });
  await Promise.all(
    tabs.map(({ id, status }) => {
      if (id === undefined) return undefined;
      // A tab still loading gets this version's declared scripts with its new document; injecting
      // now could land a second gate beside them. Ask it once it has loaded instead.
      if (status !== 'complete') return void loadingAtStart.add(id);
      return guardIfUnguarded(id);
    }),
  );
}

const loadingAtStart = new Set<number>();

/** Called when a tab finishes loading: a tab that was loading when the background started is asked now. */
export async function guardIfLoadedLate(tabId: number): Promise<void> {
  if (!loadingAtStart.delete(tabId)) return;
  await guardIfUnguarded(tabId);
}

async function guardIfUnguarded(tabId: number): Promise<void> {
  const answer = await sendToFrame({ tabId, frameId: 0 }, 'gate/ping', {});
  if (!answer.ok) await guardTab(tabId);
}

async function guardTab(tabId: number): Promise<void> {
  let lastError: unknown;
  for (const wait of ATTEMPTS) {
    await new Promise((resolve) => setTimeout(resolve, wait));
    // A tab that was still loading when first asked has its gate by now: a second one would end the first (WXT
    // stops an older copy of a content script), and with it any image the first was holding.
    if ((await sendToFrame({ tabId, frameId: 0 }, 'gate/ping', {})).ok) return;
    try {
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [GUARD_JS] });
      await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [HOOK_JS], world: 'MAIN' });
      return;
    } catch (error) {
      lastError = error;
    }
  }
  // A tab we may not script (discarded, an error page): it gets the gate on its next load.
  console.warn('Consent Guard could not guard an open tab until it reloads:', lastError);
}
