import { fail, ok } from '../../messaging/result';
import { recordProfileSeen } from '../../settings/profile-status';
import { getSettingsState } from '../../settings/store';
import { siteForUrl } from '../../sites/registry';
import type { HandlerMap } from './types';
import { isOwnContentScript } from '../senders';

/** Background handler for what the content script read on the user's own profile. */
export const profileHandlers: HandlerMap<'profile/seen'> = {
  'profile/seen': async (req, sender) => {
    // The site comes from the sender's URL, never from the page; only a yes/no is kept, never the text.
    if (!isOwnContentScript(sender) || (sender.frameId ?? 0) !== 0) return fail('forbidden', 'Not ours');
    if (typeof req.hasStatement !== 'boolean') return fail('bad-request', 'Expected hasStatement');
    const { settings } = await getSettingsState();
    const site = siteForUrl(sender.url, settings.mastodonInstances);
    if (!site?.ownProfile) return fail('bad-request', 'Not a site whose profile Consent Guard reads');
    await recordProfileSeen(site.id, req.hasStatement);
    return ok(null);
  },
};
