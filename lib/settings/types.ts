import type { SiteId } from '../sites/types';

/**
 * How strongly Consent Guard acts on an attached image (default `confirm`):
 * - `off`: hold nothing, check nothing.
 * - `audit`: hold and check, record the result, then post without asking.
 * - `warn`: show the findings; one click posts the original.
 * - `confirm`: show the findings; posting the original needs the consent confirmation (and a reason if required).
 * - `block`: images with identifiable findings can only be posted redacted, or not at all.
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
  allowPostOriginal: boolean;
  requireReason: boolean;
  reasonList: string[];
  hospitalNumberPatterns: string[];
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
}
