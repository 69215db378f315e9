import { browser } from 'wxt/browser';
import { createLock } from '../async/lock';
import { SITES } from '../sites/registry';
import type { SiteId } from '../sites/types';

/** Resource types an upload can use: fetch/XHR, beacons and worker or unclassified requests. */
const UPLOAD_TYPES = ['xmlhttprequest', 'ping', 'other'] as const;

/** Rule updates run one at a time so two tabs arming at once cannot pick the same ids. */
const serialised = createLock();

const rulesOfTab = (rules: { id: number; condition: { tabIds?: number[] } }[], tabId: number) =>
  rules.filter((r) => r.condition.tabIds?.includes(tabId)).map((r) => r.id);

/**
 * While a decision is pending, the site's known upload endpoints are blocked for this tab only,
 * so an upload path the gate missed still cannot send the file. Rules are session rules scoped by
 * `tabIds` (Chrome 90+, Firefox 113+); they outlive a stopped service worker, so a restarted one
 * lifts those no held session needs (`liftOrphanedBackstops`). Rule ids are allocated, not derived
 * from the tab id: Chrome's tab ids can exceed the 32-bit range rule ids must fit in.
 */
export function armUploadBackstop(tabId: number, site: SiteId | 'other'): Promise<void> {
  const filters = SITES.find((s) => s.id === site)?.uploadUrlFilters ?? [];
  return serialised(async () => {
    const existing = await browser.declarativeNetRequest.getSessionRules();
    let nextId = existing.reduce((max, r) => Math.max(max, r.id), 0) + 1;
    await browser.declarativeNetRequest.updateSessionRules({
      removeRuleIds: rulesOfTab(existing, tabId),
      addRules: filters.map((urlFilter) => ({
        id: nextId++,
        priority: 1,
        action: { type: 'block' as const },
        condition: { urlFilter, tabIds: [tabId], resourceTypes: [...UPLOAD_TYPES] },
      })),
    });
  });
}

/** Lifts this tab's blocks (decision made, session abandoned, tab closed). */
export function disarmUploadBackstop(tabId: number): Promise<void> {
  return serialised(async () => {
    const mine = rulesOfTab(await browser.declarativeNetRequest.getSessionRules(), tabId);
    if (mine.length) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: mine });
  });
}

/**
 * Lifts every block whose tab has no held session. `heldTabs` is read inside the rule lock, so a
 * session opened meanwhile either is seen or arms its block after this runs.
 */
export function liftOrphanedBackstops(heldTabs: () => Promise<Set<number>>): Promise<void> {
  return serialised(async () => {
    const held = await heldTabs();
    const orphaned = (await browser.declarativeNetRequest.getSessionRules())
      .filter((r) => !(r.condition.tabIds ?? []).some((t) => held.has(t)))
      .map((r) => r.id);
    if (orphaned.length) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: orphaned });
  });
}
