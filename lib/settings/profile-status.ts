import { browser } from 'wxt/browser';
import type { SiteId } from '../sites/types';

/** storage.local key: per site, whether the user's own profile carried a consent statement when last read. */
export const PROFILE_STATUS_KEY = 'profileStatus';
/** storage.local key: sites on which the user hid the profile statement offer. */
export const PROFILE_HIDDEN_KEY = 'profileOfferHidden';

export interface ProfileSeen {
  hasStatement: boolean;
  /** ISO time the profile was last read. */
  seenAt: string;
}

export type ProfileStatuses = Partial<Record<SiteId, ProfileSeen>>;

/** What Consent Guard knows about the user's profiles and where they hid the offer. Never rejects. */
export async function readProfileState(): Promise<{ statuses: ProfileStatuses; hidden: SiteId[] }> {
  try {
    const stored = await browser.storage.local.get([PROFILE_STATUS_KEY, PROFILE_HIDDEN_KEY]);
    const statuses = stored[PROFILE_STATUS_KEY];
    const hidden = stored[PROFILE_HIDDEN_KEY];
    return {
      statuses: typeof statuses === 'object' && statuses !== null ? (statuses as ProfileStatuses) : {},
      hidden: Array.isArray(hidden) ? (hidden.filter((s) => typeof s === 'string') as SiteId[]) : [],
    };
  } catch {
    return { statuses: {}, hidden: [] };
  }
}

/** Records what the content script read on the user's own profile on `site` (a yes/no, never the text). */
export async function recordProfileSeen(site: SiteId, hasStatement: boolean, now = new Date()): Promise<void> {
  const { statuses } = await readProfileState();
  await browser.storage.local.set({ [PROFILE_STATUS_KEY]: { ...statuses, [site]: { hasStatement, seenAt: now.toISOString() } } });
}

/** Hides the profile statement offer on one site (or shows it again). Other sites are unaffected. */
export async function setProfileOfferHidden(site: SiteId, hidden: boolean): Promise<void> {
  const current = (await readProfileState()).hidden.filter((s) => s !== site);
  await browser.storage.local.set({ [PROFILE_HIDDEN_KEY]: hidden ? [...current, site] : current });
}
