import { fail, ok } from '../../messaging/result';
import { isSiteEnabled } from '../../settings/sites';
import { getSettingsState } from '../../settings/store';
import { isArrayBuffer } from '../../wire/bytes';
import { callEngine } from '../engine-client';
import { isOwnContentScript } from '../senders';
import type { HandlerMap } from './types';

/** What a content script asks as its page opens: how bytes travel, and to have the engine ready. */
export const pageHandlers: HandlerMap<'probe/bytes' | 'page/warm-engine'> = {
  'probe/bytes': async (req, sender) =>
    isOwnContentScript(sender) ? ok({ structuredClone: isArrayBuffer(req.buffer) }) : fail('forbidden', 'Not ours'),

  'page/warm-engine': async (_req, sender) => {
    if (!isOwnContentScript(sender)) return fail('forbidden', 'Not ours');
    const { settings } = await getSettingsState();
    if (!isSiteEnabled(sender.url, settings)) return ok(null);
    const warmed = await callEngine('engine/warm', {});
    return warmed.ok ? ok(null) : warmed;
  },
};
