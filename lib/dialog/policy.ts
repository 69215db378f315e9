/**
 * What an organisation's policy changes in the dialog. lib/settings/ produces the effective values;
 * the dialog only reads them, so wiring is `policy={dialogPolicyFrom(settings)}`.
 */
export interface DialogPolicy {
  /** How firmly the dialog stands in the way. Default 'warn'. 'block' removes "Post original". */
  enforcementMode: 'off' | 'audit' | 'warn' | 'justify' | 'block';
  /** Whether "Post original" is offered at all. Default true. */
  allowPostOriginal: boolean;
  /** In 'justify' mode the user picks one of these before posting the original. Default: none (no picker). */
  justificationReasons: readonly string[];
  /** Shown in the checklist's policy item ("consistent with {orgName}'s policy"). Default ''. */
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
  /** When a check fails: 'warn' offers "Post original" after the checklist; 'block' offers only Cancel. Default 'warn'. */
  onCheckFailure: 'warn' | 'block';
  /** Offer the profile consent statement. Default true. */
  offerProfileStatement: boolean;
}

/** Defaults for an unmanaged install. */
export const DEFAULT_DIALOG_POLICY: DialogPolicy = {
  enforcementMode: 'warn',
  allowPostOriginal: true,
  justificationReasons: [],
  orgName: '',
  igContact: '',
  customMessage: '',
  learnMoreUrl: '',
  autoContinueOnClear: true,
  autoContinueDelayMs: 3000,
  onCheckFailure: 'warn',
  offerProfileStatement: true,
};

/** Fills gaps in a partial policy with the defaults. */
export function withPolicyDefaults(partial: Partial<DialogPolicy> = {}): DialogPolicy {
  return { ...DEFAULT_DIALOG_POLICY, ...partial };
}

/** Whether "Post original" can be offered when the check finished (`failed` false) or failed. */
export function mayPostOriginal(policy: DialogPolicy, failed: boolean): boolean {
  if (!policy.allowPostOriginal || policy.enforcementMode === 'block') return false;
  return !(failed && policy.onCheckFailure === 'block');
}
