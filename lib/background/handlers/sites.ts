import { fail } from '../../messaging/result';
import { addMastodonInstance } from '../mastodon-instances';
import { isOwnDialog, isOwnExtensionPage } from '../senders';
import type { HandlerMap } from './types';

/** Protecting a Mastodon server the user added on the options page or the popup. */
export const sitesHandlers: HandlerMap<'sites/add-mastodon'> = {
  'sites/add-mastodon': async (req, sender) =>
    isOwnExtensionPage(sender) && !isOwnDialog(sender)
      ? addMastodonInstance(String(req.origin ?? ''), { askUser: false })
      : fail('forbidden', 'Only the options page may add servers'),
};
