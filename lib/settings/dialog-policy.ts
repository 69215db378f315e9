import type { DialogPolicy } from '../dialog/policy';
import type { Settings } from './types';

/** How long the "nothing found" notice stays before a clear image goes on. */
const CLEAR_NOTICE_MS = 3000;

/**
 * The dialog's view of the effective settings (lib/dialog/policy.ts).
 * `confirm` and `warn` both show the checklist; a required reason turns either into `justify`.
 * The dialog cannot post by itself after a failed check, so `onCheckFailure: allow` shows the warning.
 */
export function dialogPolicyFrom(settings: Settings): DialogPolicy {
  const mode = settings.enforcementMode;
  const wantsReason = settings.requireReason && (mode === 'warn' || mode === 'confirm');
  return {
    enforcementMode: wantsReason ? 'justify' : mode === 'confirm' ? 'warn' : mode,
    allowPostOriginal: settings.allowPostOriginal,
    justificationReasons: wantsReason ? settings.reasonList : [],
    orgName: settings.organisationName,
    igContact: settings.igContact,
    customMessage: settings.customMessage,
    learnMoreUrl: settings.learnMoreUrl,
    autoContinueOnClear: settings.noticeOnClearImages,
    autoContinueDelayMs: CLEAR_NOTICE_MS,
    onCheckFailure: settings.onCheckFailure === 'hold' ? 'block' : 'warn',
    offerProfileStatement: settings.consentStatementText.trim() !== '',
  };
}
