import type { Report } from '../engine/report';
import { fromWire } from '../wire/bytes';
import type { Decision } from '../wire/decision';
import type { WireFile } from '../wire/file';
import { checkStateOf } from '../settings/modes';
import type { Settings } from '../settings/types';
import { sha256Hex, summariseReport } from './summarise';
import type { AttachedForm, AuditDecision, AuditEntry, AuditFile } from './types';

/** What the background knows about a decided session. */
export interface DecidedSession {
  site: string;
  pageOrigin: string;
  files: readonly WireFile[];
  /** Engine reports by file index; missing when a check had not finished. */
  reports: readonly (Report | undefined)[];
}

const RELEASES: Record<Extract<Decision, { action: 'release' }>['reason'], AuditDecision> = {
  'nothing-found': 'attached-clear',
  'written-consent': 'attached-consent',
  'false-alarm': 'attached-false-alarm',
  anonymised: 'attached-anonymised',
  'other-reason': 'attached-other-reason',
  'after-notice': 'attached-after-notice',
  'check-failed-allowed': 'attached-unchecked',
};

/**
 * Builds the audit entry for a decision as it reached the page (after the background stripped metadata): hashes of
 * the held bytes, finding counts and what the user did to the marked areas, never content. A reason is kept only
 * if it is an item of the organisation's list, because free text typed by a user could name a patient.
 */
export async function auditEntryFor(session: DecidedSession, decision: Decision, settings: Settings, now = new Date()): Promise<AuditEntry> {
  const files = await Promise.all(
    session.files.map(async (file, i): Promise<AuditFile> => {
      const summary = summariseReport(file.sha256 ?? (await sha256Hex(fromWire(file.bytes))), session.reports[i]);
      const review = decision.action === 'cancel' ? undefined : decision.review?.[i];
      if (review && review.found + review.added > 0) {
        summary.boxesFound = review.found;
        summary.boxesRemoved = { ...review.removed };
        summary.boxesAdded = review.added;
      }
      summary.attached = attachedForm(decision, i);
      return summary;
    }),
  );
  const entry: AuditEntry = {
    id: crypto.randomUUID(),
    time: now.toISOString(),
    site: session.site,
    origin: session.pageOrigin,
    mode: settings.enforcementMode,
    decision: decisionOf(session, decision),
    files,
  };
  if (decision.action === 'release' && decision.reason === 'other-reason' && settings.otherReasons.includes(decision.otherReason ?? '')) {
    entry.reason = decision.otherReason;
  }
  return entry;
}

/** The entry for an image audit mode handed to the site at once and checked afterwards. */
export async function auditModeEntryFor(session: DecidedSession, settings: Settings, now = new Date()): Promise<AuditEntry> {
  const files = await Promise.all(
    session.files.map(async (file, i) => ({ ...summariseReport(file.sha256 ?? (await sha256Hex(fromWire(file.bytes))), session.reports[i]), attached: 'exact-original' as const })),
  );
  return { id: crypto.randomUUID(), time: now.toISOString(), site: session.site, origin: session.pageOrigin, mode: settings.enforcementMode, decision: 'attached-audit', files };
}

function decisionOf(session: DecidedSession, decision: Decision): AuditDecision {
  if (decision.action === 'cancel') return 'cancelled';
  const emptied = (decision.review ?? []).some((r) => r.found > 0) && (decision.review ?? []).every((r) => r.found - removedCount(r.removed) + r.added === 0);
  // A "redaction" that covers nothing is not one: the user judged the findings wrong.
  if (decision.action === 'redact') return emptied ? 'attached-false-alarm' : 'attached-redacted';
  const recorded = RELEASES[decision.reason];
  // "Nothing identifies a patient" said over findings the engine made is a false-alarm judgement.
  if (recorded === 'attached-anonymised' && checkStateOf(session.reports) === 'findings') return 'attached-false-alarm';
  return recorded;
}

function attachedForm(decision: Decision, index: number): AttachedForm {
  if (decision.action === 'cancel') return 'nothing';
  if (decision.action === 'redact') return 'redacted-copy';
  return decision.files?.[index] ? 'original-without-metadata' : 'exact-original';
}

function removedCount(removed: Record<string, number>): number {
  return Object.values(removed).reduce((n, v) => n + v, 0);
}
