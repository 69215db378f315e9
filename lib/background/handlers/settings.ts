import { canKeepLabel, isKeptLabel } from '../../settings/kept-labels';
import { fail, ok } from '../../messaging/result';
import { getSettingsState, resetUserSettings, saveUserSettings } from '../../settings/store';
import { isOptionsPage, isOwnContentScript, isOwnDialog, isOwnExtensionPage } from '../senders';
import type { HandlerMap } from './types';

/** Reading and changing settings; keeping a label from the dialog. */
export const settingsHandlers: HandlerMap<'settings/get' | 'settings/set' | 'labels/keep'> = {
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
};
