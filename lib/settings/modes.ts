import type { Report } from '../engine/report';
import { isKeptLabel } from './kept-labels';
import type { CheckFailureAction, EnforcementMode } from './types';

/** What an attached image meets: hand it on untouched, check it silently after handing it on, or hold it for the dialog. */
export type AttachAction = 'pass' | 'audit' | 'hold';

/** `off` passes everything; `audit` checks after the site has the file; the other modes hold it for the dialog. */
export function attachActionFor(mode: EnforcementMode): AttachAction {
  if (mode === 'off') return 'pass';
  return mode === 'audit' ? 'audit' : 'hold';
}

/** The modes that show the dialog; a session opened in another mode (settings changed meanwhile) is shown as `confirm`. */
export type DialogMode = 'warn' | 'confirm' | 'block';

export function dialogModeFor(mode: EnforcementMode): DialogMode {
  return mode === 'warn' || mode === 'block' ? mode : 'confirm';
}

/**
 * The overall result of the checks as the decision rules see it:
 * findings (faces, identifiers, metadata), review (other text to look at), clear (nothing at all), error (a check failed).
 */
export type CheckState = 'findings' | 'review' | 'clear' | 'error';

/**
 * The honest ways to attach an original, each with only true statements:
 * - `written-consent`: the patient is identifiable and gave written consent covering social media, this platform and
 *   public visibility;
 * - `false-alarm`: there were findings and the user judges that none identifies a patient;
 * - `anonymised`: nothing identifying was found (or the check failed) and the user, having looked, judges that nothing
 *   identifies a patient;
 * - `other-reason`: one of the organisation's own accepted reasons (only when it lists some).
 */
export type OriginalPath = 'written-consent' | 'false-alarm' | 'anonymised' | 'other-reason';

/** How the original may be attached: not at all, with one click (warn), through a path, or automatically (check failed, policy allows). */
export type OriginalOffer = { kind: 'none' } | { kind: 'one-click' } | { kind: 'paths'; paths: OriginalPath[] } | { kind: 'automatic' };

export interface ModeRules {
  mode: DialogMode;
  onCheckFailure: CheckFailureAction;
  otherReasons: readonly string[];
}

/**
 * How the original may be attached in this state. `block` allows it only for clear images; a failed check follows
 * `onCheckFailure` in every mode (hold: never; allow: automatically; warn: as the mode allows, never by a false alarm).
 */
export function originalOffer(rules: ModeRules, state: CheckState): OriginalOffer {
  if (state === 'error') {
    if (rules.onCheckFailure === 'hold') return { kind: 'none' };
    if (rules.onCheckFailure === 'allow') return { kind: 'automatic' };
  } else if (rules.mode === 'block' && state !== 'clear') {
    return { kind: 'none' };
  }
  if (rules.mode === 'warn') return { kind: 'one-click' };
  const judged: OriginalPath = state === 'findings' ? 'false-alarm' : 'anonymised';
  return { kind: 'paths', paths: ['written-consent', judged, ...(rules.otherReasons.length > 0 ? ['other-reason' as const] : [])] };
}

/**
 * The state of a set of engine reports (missing report = not checked = error). Post text is the dialog's to add.
 * Text that is one of the `kept` labels (never an identifier) leaves an image clear.
 */
export function checkStateOf(reports: readonly (Report | undefined)[], kept: readonly string[] = []): CheckState {
  if (reports.length === 0 || reports.some((r) => !r || r.verdict === 'error')) return 'error';
  const all = reports as Report[];
  if (all.some(hasFindings)) return 'findings';
  return all.every((r) => isClearReport(r, kept)) ? 'clear' : 'review';
}

/** Nothing found, or nothing but kept labels: the engine calls text it cannot place 'review'. */
export function isClearReport(report: Report, kept: readonly string[] = []): boolean {
  if (hasFindings(report) || report.verdict === 'error') return false;
  if (report.text.length === 0) return report.verdict === 'clear';
  return report.text.every((region) => isKeptLabel(region.text, kept));
}

/** Faces, identifiers or metadata, or the engine's own identifiable verdict. */
export function hasFindings(report: Report): boolean {
  return report.verdict === 'identifiable' || report.faces.length > 0 || report.identifiers.length > 0 || report.metadata.length > 0;
}
