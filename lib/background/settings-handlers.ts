import { clearAudit, readAudit } from '../audit/log';
import { canKeepLabel, isKeptLabel } from '../settings/kept-labels';
import { fromWire } from '../messaging/bytes';
import { fail, ok } from '../messaging/result';
import { checkOptionsFrom } from '../settings/engine-options';
import { getSettingsState, resetUserSettings, saveUserSettings } from '../settings/store';
import { callEngine } from './engine-client';
import type { HandlerMap, Sender } from './handlers/types';
import { isOwnContentScript, isOwnDialog, isOwnExtensionPage } from './senders';

/** Our options page (the only page that may change settings or read the audit log). */
function isOptionsPage(sender: Sender): boolean {
  return isOwnExtensionPage(sender) && new URL(sender.url ?? 'about:blank').pathname === '/options.html';
}

/** Background handlers for settings, the audit log and the options page's practice check. */
export const settingsHandlers: HandlerMap<'settings/get' | 'settings/set' | 'labels/keep' | 'audit/list' | 'audit/clear' | 'practice/check'> = {
  'settings/get': async (_req, sender) =>
    isOwnExtensionPage(sender) || isOwnContentScript(sender) ? ok(await getSettingsState()) : fail('forbidden', 'Not ours'),

  'settings/set': async (req, sender) => {
    if (!isOptionsPage(sender)) return fail('forbidden', 'Only the options page may change settings');
    if (req.reset) return ok(await resetUserSettings());
    return ok(await saveUserSettings(req.patch ?? {}));
  },

  'labels/keep': async (req, sender) => {
    if (!isOwnDialog(sender) && !isOptionsPage(sender)) return fail('forbidden', 'Not ours');
    const label = typeof req.label === 'string' ? req.label.trim() : '';
    if (!canKeepLabel(label)) return fail('bad-request', 'That text could identify a patient, so it cannot be kept');
    const state = await getSettingsState();
    if (state.locked.includes('keptLabels')) return fail('forbidden', 'Your organisation sets the labels that may stay');
    const current = state.settings.keptLabels;
    const keptLabels = isKeptLabel(label, current) ? current : [...current, label];
    return ok({ keptLabels: (await saveUserSettings({ keptLabels })).settings.keptLabels });
  },

  'audit/list': async (_req, sender) => (isOptionsPage(sender) ? ok(await readAudit()) : fail('forbidden', 'Not ours')),

  'audit/clear': async (_req, sender) => {
    if (!isOptionsPage(sender)) return fail('forbidden', 'Not ours');
    // When the organisation sets the retention, the log is theirs: it ages out, it is not cleared by hand.
    if ((await getSettingsState()).locked.includes('auditRetentionDays')) return fail('forbidden', 'Your organisation keeps this log, so it cannot be cleared here');
    await clearAudit();
    return ok(null);
  },

  'practice/check': async (req, sender) => {
    // Our own pages only: a web page must never get the engine to read arbitrary bytes for it.
    if (!isOwnExtensionPage(sender) || isOwnContentScript(sender)) return fail('forbidden', 'Only Consent Guard pages may check images');
    if (typeof req.requestId !== 'string' || !req.file) return fail('bad-request', 'Expected a file');
    fromWire(req.file.bytes);
    const { settings } = await getSettingsState();
    return callEngine('engine/check', { requestId: req.requestId, file: req.file, options: checkOptionsFrom(settings) });
  },
};
