import { fail, ok } from '../../messaging/result';
import { nudgeAwake } from '../../platform/nudge';
import { isOwnExtensionPage } from '../senders';
import { recentStarts } from '../started';
import type { HandlerMap } from './types';

/** Keeping the background awake while the dialog waits, and when it (re)started. */
export const diagnosticsHandlers: HandlerMap<'keepalive' | 'diagnostics/get'> = {
  keepalive: async (_req, sender) => {
    if (!isOwnExtensionPage(sender)) return fail('forbidden', 'Not ours');
    await nudgeAwake();
    return ok(null);
  },

  'diagnostics/get': async (_req, sender) => (isOwnExtensionPage(sender) ? ok({ starts: await recentStarts() }) : fail('forbidden', 'Not ours')),
};
