import { siteForUrl } from '../sites/registry';
import type { SettingsState, Settings } from './types';

/** Why Consent Guard does or does not act on a page, as the popup shows it. */
export type SiteStatus = 'protected' | 'audited' | 'unsupported' | 'site-off' | 'mode-off';

/**
 * What Consent Guard does on `url`: `protected` when images attached there are held,
 * `audited` when they go to the site at once and are checked and recorded afterwards (audit mode),
 * `unsupported` when it is not a site we know (or a Mastodon server not added),
 * `site-off` when the site is turned off, `mode-off` when enforcement is off.
 */
export function siteStatus(url: string | undefined, settings: Settings): SiteStatus {
  const site = url ? siteForUrl(url, settings.mastodonInstances) : undefined;
  if (!site) return 'unsupported';
  if (settings.enforcementMode === 'off') return 'mode-off';
  if (!settings.enabledSites.includes(site.id)) return 'site-off';
  return settings.enforcementMode === 'audit' ? 'audited' : 'protected';
}

/** True when Consent Guard acts on images attached on `url` (holds them, or checks them afterwards in audit mode). */
export function isSiteEnabled(url: string | undefined, settings: Settings): boolean {
  const status = siteStatus(url, settings);
  return status === 'protected' || status === 'audited';
}

/** True when the reason a page is not protected comes from managed policy, not the user. */
export function isOffByPolicy(status: SiteStatus, state: SettingsState): boolean {
  if (status === 'mode-off') return state.locked.includes('enforcementMode');
  if (status === 'site-off') return state.locked.includes('enabledSites');
  return false;
}
