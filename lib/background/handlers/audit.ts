import { clearAudit, readAudit } from '../../audit/log';
import { fail, ok } from '../../messaging/result';
import { getSettingsState } from '../../settings/store';
import { isOptionsPage } from '../senders';
import type { HandlerMap } from './types';

/** The local audit log, for the options page only. */
export const auditHandlers: HandlerMap<'audit/list' | 'audit/clear'> = {
  'audit/list': async (_req, sender) => (isOptionsPage(sender) ? ok(await readAudit()) : fail('forbidden', 'Not ours')),

  'audit/clear': async (_req, sender) => {
    if (!isOptionsPage(sender)) return fail('forbidden', 'Not ours');
    // When the organisation sets the retention, the log is theirs: it ages out, it is not cleared by hand.
    if ((await getSettingsState()).locked.includes('auditRetentionDays')) return fail('forbidden', 'Your organisation keeps this log, so it cannot be cleared here');
    await clearAudit();
    return ok(null);
  },
};
