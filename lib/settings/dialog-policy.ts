import type { DialogPolicy } from '../dialog/policy';
import { dialogModeFor } from './modes';
import type { SettingKey, Settings } from './types';

/** How long the "nothing found" notice stays before a clear image goes on. */
const CLEAR_NOTICE_MS = 3000;

/** Every label that may stay: the organisation's own, then the user's list (or the one policy fixes). */
export function keptLabelsOf(settings: Settings): string[] {
  return [...new Set([...settings.organisationKeptLabels, ...settings.keptLabels])];
}

/** The dialog's view of the effective settings (lib/dialog/policy.ts). */
export function dialogPolicyFrom(settings: Settings, locked: readonly SettingKey[] = []): DialogPolicy {
  return {
    mode: dialogModeFor(settings.enforcementMode),
    otherReasons: [...settings.otherReasons],
    orgName: settings.organisationName,
    igContact: settings.igContact,
    customMessage: settings.customMessage,
    learnMoreUrl: settings.learnMoreUrl,
    autoContinueOnClear: settings.noticeOnClearImages,
    autoContinueDelayMs: CLEAR_NOTICE_MS,
    onCheckFailure: settings.onCheckFailure,
    stripMetadata: settings.alwaysStripMetadata,
    profileStatement: settings.consentStatementText.trim(),
    keptLabels: keptLabelsOf(settings),
    canKeepAlways: !locked.includes('keptLabels'),
  };
}
