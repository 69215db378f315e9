import { browser } from 'wxt/browser';
import { STATIC_SITE_MATCHES } from '../sites/registry';

const GUARD_JS = '/content-scripts/guard.js' as const;
const HOOK_JS = '/content-scripts/page-hook.js' as const;

/**
 * After an install or update, Chrome leaves open tabs with the old content scripts (which stop
 * once they notice) or none at all; Firefox injects the new ones itself. So on Chrome the gate is
 * injected into the open tabs of the protected sites: the isolated gate first, then the page hook
 * (which says hello to that gate). A page opened before the update is guarded again at once.
 */
export async function guardOpenTabs(): Promise<void> {
  if (import.meta.env.FIREFOX) return;
  const tabs = await browser.tabs.query({ url: [...STATIC_SITE_MATCHES] });
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: [GUARD_JS] });
        await browser.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: [HOOK_JS], world: 'MAIN' });
      } catch {
        // A tab we may not script (discarded, an error page): it gets the gate on its next load.
      }
    }),
  );
}
