import { dialogModeFor, originalOffer, type CheckState, type DialogMode, type OriginalOffer } from './modes';
import type { CheckFailureAction, SettingKey, Settings } from './types';

/**
 * What an organisation's policy changes in the dialog. lib/settings/ produces the effective values;
 * the dialog only reads them, so wiring is `policy={dialogPolicyFrom(settings)}`.
 */
export interface DialogPolicy {
  /** warn: one notice, one click attaches the original; confirm: the honest paths; block: findings → redact or cancel. Default 'confirm'. */
  mode: DialogMode;
  /** The organisation's other accepted reasons to attach an original; empty: that path is not offered. Default none. */
  otherReasons: readonly string[];
  /** Shown in the footer and the consent path. Default ''. */
  orgName: string;
  /** Information governance / Caldicott contact shown in the footer. Default ''. */
  igContact: string;
  /** Organisation's own message shown above the actions. Default ''. */
  customMessage: string;
  /** Organisation's guidance page. Default ''. */
  learnMoreUrl: string;
  /** Show a short notice and let clear images through on their own. Default true. */
  autoContinueOnClear: boolean;
  /** How long the "nothing found" notice stays before the file goes on. Default 3000 ms. */
  autoContinueDelayMs: number;
  /** When a check fails: hold (only Cancel), warn (the user may continue), allow (attached without asking). Default 'warn'. */
  onCheckFailure: CheckFailureAction;
  /** An original attached through the dialog is re-encoded without metadata (the dialog says so). Default true. */
  stripMetadata: boolean;
  /** The statement offered for the user's profile; '' offers none. */
  profileStatement: string;
  /** Text that may stay on an image (the organisation's and the user's lists); never covered by default. */
  keptLabels: readonly string[];
  /** The user may add to the kept labels from the dialog ("Always keep"); false when policy fixes the list. Default true. */
  canKeepAlways: boolean;
}

/** Defaults for an unmanaged install. */
export const DEFAULT_DIALOG_POLICY: DialogPolicy = {
  mode: 'confirm',
  otherReasons: [],
  orgName: '',
  igContact: '',
  customMessage: '',
  learnMoreUrl: '',
  autoContinueOnClear: true,
  autoContinueDelayMs: 3000,
  onCheckFailure: 'warn',
  stripMetadata: true,
  profileStatement: '',
  keptLabels: [],
  canKeepAlways: true,
};

/** Fills gaps in a partial policy with the defaults. */
export function withPolicyDefaults(partial: Partial<DialogPolicy> = {}): DialogPolicy {
  return { ...DEFAULT_DIALOG_POLICY, ...partial };
}

/** How the original may be attached under this policy in this state (the rules live in lib/settings/modes.ts). */
export function offerFor(policy: DialogPolicy, state: CheckState): OriginalOffer {
  return originalOffer(policy, state);
}

/** How long the "nothing found" notice stays before a clear image goes on. */
const CLEAR_NOTICE_MS = 3000;

/** Every label that may stay: the organisation's own, then the user's list (or the one policy fixes). */
export function keptLabelsOf(settings: Settings): string[] {
  return [...new Set([...settings.organisationKeptLabels, ...settings.keptLabels])];
}

/** The dialog's view of the effective settings. */
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
