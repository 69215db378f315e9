import type { IdentifierType, Verdict } from '../engine/report';
import type { EnforcementMode } from '../settings/types';

/** Findings in one image, as kinds and counts only: never the image, its text or its metadata values. */
export interface AuditFile {
  /** SHA-256 of the held file's bytes, lower-case hex, so an image can be matched later without keeping it. */
  sha256: string;
  /** Engine verdict, or `unchecked` when the dialog closed before the check finished. */
  verdict: Verdict | 'unchecked';
  faces: number;
  /** Identifier counts by type, for example `{ "nhs-number": 1, "date-of-birth": 1 }`. */
  identifiers: Partial<Record<IdentifierType, number>>;
  /** Metadata tags found (names only, such as GPSLatitude), not their values. */
  metadataTags: string[];
  /** Areas the check marked for covering. */
  boxesFound?: number;
  /** Marked areas the user removed before deciding, by kind (`face`, an identifier type, `text`). */
  boxesRemoved?: Record<string, number>;
  /** Areas the user drew. */
  boxesAdded?: number;
  /** What the site was given for this image. */
  attached?: AttachedForm;
}

/** What the site was given for one image: its exact bytes, its pixels re-encoded without metadata, a redacted copy, or nothing. */
export type AttachedForm = 'exact-original' | 'original-without-metadata' | 'redacted-copy' | 'nothing';

/**
 * What happened to the held images. "Attached" means handed to the site's composer: whether the user then
 * sent the post is not known to Consent Guard.
 * - `attached-clear`: checked, nothing found, attached automatically after the short notice;
 * - `attached-consent`: original attached after the user confirmed written consent;
 * - `attached-false-alarm`: original attached after the user judged the findings a false alarm;
 * - `attached-anonymised`: nothing identifying was found (or it could not be checked); the user confirmed nothing identifies a patient;
 * - `attached-other-reason`: original attached for one of the organisation's other accepted reasons (see `reason`);
 * - `attached-after-notice`: warn mode, original attached with one click after the notice;
 * - `attached-audit`: audit mode, attached without asking, checked afterwards;
 * - `attached-unchecked`: the check failed and the organisation lets such images through without asking;
 * - `attached-redacted`: a redacted copy attached;
 * - `cancelled`: nothing attached.
 */
export type AuditDecision =
  | 'attached-clear'
  | 'attached-consent'
  | 'attached-false-alarm'
  | 'attached-anonymised'
  | 'attached-other-reason'
  | 'attached-after-notice'
  | 'attached-audit'
  | 'attached-unchecked'
  | 'attached-redacted'
  | 'cancelled';

/** One row of the local audit log. */
export interface AuditEntry {
  id: string;
  /** ISO 8601 time of the decision. */
  time: string;
  /** Site id, or `other`. */
  site: string;
  /** Origin of the page (useful for Mastodon servers); no path, no query. */
  origin: string;
  mode: EnforcementMode;
  decision: AuditDecision;
  /** For `attached-other-reason`: the item of the organisation's list the user picked. Never free text. */
  reason?: string;
  files: AuditFile[];
}

/** Filter for the options page list. Dates are inclusive ISO days (YYYY-MM-DD). */
export interface AuditFilter {
  site?: string;
  decision?: AuditDecision;
  from?: string;
  to?: string;
}
