import { browser } from 'wxt/browser';
import { SITES } from '../sites/registry';
import type { SiteId } from '../sites/types';

/** Resource types an upload can use: fetch/XHR, beacons and worker or unclassified requests. */
const UPLOAD_TYPES = ['xmlhttprequest', 'ping', 'other'] as const;

/** Rule updates run one at a time so two tabs arming at once cannot pick the same ids. */
let queue: Promise<unknown> = Promise.resolve();
const serialised = <T>(work: () => Promise<T>): Promise<T> => {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
};

/**
 * While a decision is pending, the site's known upload endpoints are blocked for this tab only,
 * so an upload path the gate missed still cannot send the file. Rules are session rules scoped by
 * `tabIds` (Chrome 90+, Firefox 113+). Rule ids are allocated, not derived from the tab id:
 * Chrome's tab ids can exceed the 32-bit range rule ids must fit in.
 */
export function armUploadBackstop(tabId: number, site: SiteId | 'other'): Promise<void> {
  const filters = SITES.find((s) => s.id === site)?.uploadUrlFilters ?? [];
  return serialised(async () => {
    const existing = await browser.declarativeNetRequest.getSessionRules();
    const mine = existing.filter((r) => r.condition.tabIds?.includes(tabId)).map((r) => r.id);
    let nextId = existing.reduce((max, r) => Math.max(max, r.id), 0) + 1;
    await browser.declarativeNetRequest.updateSessionRules({
      removeRuleIds: mine,
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
    const existing = await browser.declarativeNetRequest.getSessionRules();
    const mine = existing.filter((r) => r.condition.tabIds?.includes(tabId)).map((r) => r.id);
    if (mine.length) await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: mine });
  });
}
