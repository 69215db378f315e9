import type { Decision } from '../messaging/protocol';
import { getSettingsState, watchSettings } from '../settings/store';
import { appendAudit, pruneAudit } from './log';
import { auditEntryFor, type DecidedSession } from './record';

/** Records a decision in the local audit log; never throws, because the post must not wait on the log. */
export async function recordDecision(session: DecidedSession, decision: Decision): Promise<void> {
  try {
    const { settings } = await getSettingsState();
    if (settings.auditRetentionDays <= 0) return;
    await appendAudit(await auditEntryFor(session, decision, settings), settings.auditRetentionDays);
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
