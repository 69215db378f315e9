import type { SiteId } from '../sites/types';

/**
 * How strongly Consent Guard acts on an attached image (default `confirm`):
 * - `off`: hold nothing, check nothing, record nothing.
 * - `audit`: hand the image to the site at once, check it in the background and record the result; never interrupt.
 * - `warn`: one notice with the findings; one click attaches the original.
 * - `confirm`: the dialog; attaching the original needs one of the honest paths (written consent, false alarm, or an
 *   other reason the organisation lists).
 * - `block`: images with findings can only be redacted or cancelled.
 */
export type EnforcementMode = 'off' | 'audit' | 'warn' | 'confirm' | 'block';

/** How faces are hidden in a redacted copy (default `fill`). Text is always filled solid. */
export type RedactionStyle = 'fill' | 'pixelate';

/** What happens when an image cannot be checked (default `warn`). */
export type CheckFailureAction = 'hold' | 'warn' | 'allow';

/** Every setting: defaults, overridden by the user's choices, overridden and locked by managed policy. */
export interface Settings {
  enforcementMode: EnforcementMode;
  enabledSites: SiteId[];
  mastodonInstances: string[];
  organisationName: string;
  igContact: string;
  customMessage: string;
  learnMoreUrl: string;
  consentStatementText: string;
  consentFormWording: string;
  otherReasons: string[];
  hospitalNumberPatterns: string[];
  /** Text that may stay on an image (user's list; the organisation's when set by policy). Never identifiers. */
  keptLabels: string[];
  /** Labels the organisation keeps for everyone, on top of `keptLabels`. */
  organisationKeptLabels: string[];
  faceDetection: boolean;
  redactionStyle: RedactionStyle;
  alwaysStripMetadata: boolean;
  onCheckFailure: CheckFailureAction;
  auditRetentionDays: number;
  noticeOnClearImages: boolean;
}

export type SettingKey = keyof Settings;

/** Effective settings plus where they came from, as `settings/get` answers. */
export interface SettingsState {
  settings: Settings;
  /** Keys set by managed policy; the options page shows them read-only. */
  locked: SettingKey[];
  /** True when any managed policy applies to this browser. */
  managed: boolean;
  /** Managed keys that were present but invalid and therefore ignored (shown to admins on the options page). */
  rejected: SettingKey[];
  /** Managed keys this version does not use (such as settings an older version had), ignored and shown to admins. */
  unknownPolicyKeys: string[];
}
