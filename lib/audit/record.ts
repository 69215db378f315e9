import type { Report } from '../engine/report';
import { fromWire } from '../messaging/bytes';
import type { Decision, WireFile } from '../messaging/protocol';
import type { Settings } from '../settings/types';
import { sha256Hex, summariseReport } from './summarise';
import type { AuditDecision, AuditEntry } from './types';

/** What the background knows about a decided session. */
export interface DecidedSession {
  site: string;
  pageOrigin: string;
  files: readonly WireFile[];
  /** Engine reports by file index; missing when a check had not finished. */
  reports: readonly (Report | undefined)[];
}

const RELEASE_CODES = ['written-consent', 'anonymised', 'nothing-found', 'not-checkable', 'policy-allows'];

/**
 * Builds the audit entry for a decision: hashes of the held bytes and finding counts, never content.
 * A reason is kept only if it is a fixed code or an item of the configured reason list, because free
 * text typed by a user could name a patient.
 */
export async function auditEntryFor(session: DecidedSession, decision: Decision, settings: Settings, now = new Date()): Promise<AuditEntry> {
  const files = await Promise.all(
    session.files.map(async (file, i) => summariseReport(file.sha256 ?? (await sha256Hex(fromWire(file.bytes))), session.reports[i])),
  );
  const entry: AuditEntry = {
    id: crypto.randomUUID(),
    time: now.toISOString(),
    site: session.site,
    origin: session.pageOrigin,
    mode: settings.enforcementMode,
    decision: decisionOf(decision),
    files,
  };
  const reason = reasonOf(decision, settings.reasonList);
  if (reason) entry.reason = reason;
  return entry;
}

function decisionOf(decision: Decision): AuditDecision {
  if (decision.action === 'release') return 'posted-original';
  return decision.action === 'redact' ? 'posted-redacted' : 'cancelled';
}

function reasonOf(decision: Decision, reasonList: readonly string[]): string | undefined {
  if (decision.action !== 'release') return undefined;
  // The dialog may add the chosen list item as `reasonText` or `note`; the protocol's code is always there.
  const extra = decision as { reasonText?: unknown; note?: unknown };
  const chosen = extra.reasonText ?? extra.note;
  if (typeof chosen === 'string' && reasonList.includes(chosen)) return chosen;
  return RELEASE_CODES.includes(decision.reason) ? decision.reason : undefined;
}
