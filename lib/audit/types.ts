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
}

/** What the user (or policy) did with the held images. */
export type AuditDecision = 'posted-original' | 'posted-redacted' | 'cancelled';

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
  /** The reason chosen when posting an original: a fixed code or an item of the policy's reason list. Never free text. */
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
