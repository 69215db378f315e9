import type { Decision } from '../wire/decision';
import { getSettingsState, watchSettings } from '../settings/store';
import { appendAudit, pruneAudit } from './log';
import { auditEntryFor, auditModeEntryFor, type DecidedSession } from './record';
import type { AuditEntry } from './types';

/**
 * Records a decision, as it was handed to the page, in the local audit log; never throws, because the post must
 * not wait on the log.
 */
export function recordDecision(session: DecidedSession, decision: Decision): Promise<void> {
  return record((settings) => auditEntryFor(session, decision, settings));
}

/** Records an image audit mode handed to the site and checked afterwards. */
export function recordAuditModeCheck(session: DecidedSession): Promise<void> {
  return record((settings) => auditModeEntryFor(session, settings));
}

async function record(make: (settings: Awaited<ReturnType<typeof getSettingsState>>['settings']) => Promise<AuditEntry>): Promise<void> {
  try {
    const { settings } = await getSettingsState();
    if (settings.auditRetentionDays <= 0) return;
    await appendAudit(await make(settings), settings.auditRetentionDays);
  } catch (error) {
    console.warn('Consent Guard could not write its audit log:', error);
  }
}

/** Prunes the log at start-up and whenever settings (such as the retention) change. Call once from the background. */
export function startAuditMaintenance(): void {
  const prune = () => void getSettingsState().then((s) => pruneAudit(s.settings.auditRetentionDays)).catch(() => undefined);
  watchSettings(prune);
  prune();
}
