import type { DialogPolicy } from '../dialog/policy';
import { dialogModeFor } from './modes';
import type { Settings } from './types';

/** How long the "nothing found" notice stays before a clear image goes on. */
const CLEAR_NOTICE_MS = 3000;

/** The dialog's view of the effective settings (lib/dialog/policy.ts). */
export function dialogPolicyFrom(settings: Settings): DialogPolicy {
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
  };
}
