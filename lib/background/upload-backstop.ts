import { browser } from 'wxt/browser';
import { SITES } from '../sites/registry';
import type { SiteId } from '../sites/types';

/** Session DNR rule ids are derived from the tab id so each tab's rules can be found and removed. */
const RULES_PER_TAB = 16;
const ruleIdsFor = (tabId: number, count: number) => Array.from({ length: count }, (_, i) => 1 + tabId * RULES_PER_TAB + i);

/**
 * While a decision is pending, the site's known upload endpoints are blocked for this tab only,
 * so an upload path the gate missed still cannot send the file.
 */
export async function armUploadBackstop(tabId: number, site: SiteId | 'other'): Promise<void> {
  const filters = SITES.find((s) => s.id === site)?.uploadUrlFilters ?? [];
  const ids = ruleIdsFor(tabId, Math.min(filters.length, RULES_PER_TAB));
  await browser.declarativeNetRequest.updateSessionRules({
    removeRuleIds: ruleIdsFor(tabId, RULES_PER_TAB),
    addRules: filters.slice(0, RULES_PER_TAB).map((urlFilter, i) => ({
      id: ids[i]!,
      priority: 1,
      action: { type: 'block' as const },
      condition: { urlFilter, tabIds: [tabId], resourceTypes: ['xmlhttprequest' as const, 'other' as const] },
    })),
  });
}

export async function disarmUploadBackstop(tabId: number): Promise<void> {
  await browser.declarativeNetRequest.updateSessionRules({ removeRuleIds: ruleIdsFor(tabId, RULES_PER_TAB) });
}
