import { findPostContext, kindOf } from '../../dialog/post-context';
import { MAX_COMPOSER_TEXT } from '../../messaging/limits';
import { ok, fail } from '../../messaging/result';
import { attachActionFor } from '../../settings/modes';
import { isSiteEnabled } from '../../settings/sites';
import { getSettingsState } from '../../settings/store';
import { isOwnContentScript } from '../senders';
import type { HandlerMap } from './types';

/**
 * content script → background: the post's text at the moment the user sent it, checked with the same rules as the
 * text on an image. Never blocks the post: the answer only decides whether a short notice is shown afterwards.
 */
export const postHandlers: HandlerMap<'post/check'> = {
  'post/check': async (req, sender) => {
    if (!isOwnContentScript(sender)) return fail('forbidden', 'Only the content script may ask');
    const text = typeof req.text === 'string' ? req.text.slice(0, MAX_COMPOSER_TEXT) : '';
    const { settings } = await getSettingsState();
    // Off and audit modes never interrupt, so they show no notice either.
    if (!isSiteEnabled(sender.url, settings) || attachActionFor(settings.enforcementMode) !== 'hold') return ok({ mentions: [] });
    const mentions = findPostContext(text, settings.hospitalNumberPatterns).map((f) => ({ text: f.text, kind: kindOf(f) }));
    return ok({ mentions: mentions.filter((m, i) => mentions.findIndex((n) => n.text === m.text) === i).slice(0, 10) });
  },
};
