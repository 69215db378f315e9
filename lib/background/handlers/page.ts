import { fail, ok } from '../../messaging/result';
import { isSiteEnabled } from '../../settings/sites';
import { settingsForHint } from '../../settings/store';
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
    // A hint: at browser start the policy can take seconds to arrive, and the engine takes seconds to load.
    if (!isSiteEnabled(sender.url, await settingsForHint())) return ok(null);
    const warmed = await callEngine('engine/warm', {});
    return warmed.ok ? ok(null) : warmed;
  },
};
