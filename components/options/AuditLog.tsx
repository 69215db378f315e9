import { useMemo, useState } from 'preact/hooks';
import { decisionLabel, filterAudit, findingsLabel, removedLabel, type AuditDecision, type AuditEntry, type AuditFilter } from '../../lib/audit';
import { t } from '../../lib/i18n';

export interface AuditLogProps {
  entries: AuditEntry[];
  retentionDays: number;
  /** True when the organisation sets the retention: the log is theirs and cannot be cleared here. */
  retentionLocked: boolean;
  /** Site id → name. */
  siteName(id: string): string;
  onExport(format: 'csv' | 'json', entries: AuditEntry[]): void;
  onClear(): void;
}

const DECISIONS: AuditDecision[] = [
  'attached-clear', 'attached-consent', 'attached-false-alarm', 'attached-anonymised', 'attached-other-reason',
  'attached-after-notice', 'attached-audit', 'attached-unchecked', 'attached-redacted', 'cancelled',
];

/** The local audit log: filter by site, decision and date; export what is shown; clear it unless the organisation keeps it. */
export function AuditLog({ entries, retentionDays, retentionLocked, siteName, onExport, onClear }: AuditLogProps) {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [confirming, setConfirming] = useState(false);
  const shown = useMemo(() => filterAudit(entries, filter), [entries, filter]);
  const sites = [...new Set(entries.map((e) => e.site))];
  const set = (patch: AuditFilter) => setFilter({ ...filter, ...patch });
  return (
    <section class="cg-card" id="audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('options_audit_title')}</h2>
      <p class="cg-hint">{retentionDays > 0 ? t('options_audit_hint', retentionDays) : t('options_audit_off')}</p>
      <p class="cg-hint">{t('options_audit_attached_means')}</p>
      <div class="cg-filters" role="group" aria-label={t('options_audit_filters')}>
        <label>{t('options_audit_site')}
          <select value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })}>
            <option value="">{t('options_audit_all')}</option>
            {sites.map((s) => <option key={s} value={s}>{siteName(s)}</option>)}
          </select>
        </label>
        <label>{t('options_audit_decision')}
          <select value={filter.decision ?? ''} onChange={(e) => set({ decision: (e.currentTarget.value || undefined) as AuditDecision | undefined })}>
            <option value="">{t('options_audit_all')}</option>
            {DECISIONS.map((d) => <option key={d} value={d}>{decisionLabel(d)}</option>)}
          </select>
        </label>
        <label>{t('options_audit_from')}
          <input type="date" value={filter.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} />
        </label>
        <label>{t('options_audit_to')}
          <input type="date" value={filter.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} />
        </label>
      </div>
      {entries.length === 0 ? (
        <p class="cg-empty">{t('options_audit_empty')}</p>
      ) : shown.length === 0 ? (
        <p class="cg-empty">{t('options_audit_none_match')}</p>
      ) : (
        <div class="cg-table-wrap" tabIndex={0} role="region" aria-label={t('options_audit_title')}>
          <table class="cg-table">
            <thead>
              <tr>
                <th scope="col">{t('options_audit_when')}</th>
                <th scope="col">{t('options_audit_site')}</th>
                <th scope="col">{t('options_audit_decision')}</th>
                <th scope="col">{t('options_audit_findings')}</th>
                <th scope="col">{t('options_audit_removed')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id} data-decision={e.decision}>
                  <td>{new Date(e.time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{siteName(e.site)}</td>
                  <td>{decisionLabel(e.decision)}{e.reason ? `: ${e.reason}` : ''}</td>
                  <td>{e.files.length === 0 ? '—' : e.files.map(findingsLabel).join(' | ')}</td>
                  <td>{removed(e)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="cg-actions">
        <button type="button" disabled={shown.length === 0} onClick={() => onExport('csv', shown)}>{t('options_audit_export_csv')}</button>
        <button type="button" disabled={shown.length === 0} onClick={() => onExport('json', shown)}>{t('options_audit_export_json')}</button>
        {retentionLocked ? (
          <p class="cg-hint" data-testid="audit-locked">{t('options_audit_locked')}</p>
        ) : confirming ? (
          <>
            <button type="button" class="cg-danger" onClick={() => { setConfirming(false); onClear(); }}>{t('options_audit_clear_confirm')}</button>
            <button type="button" class="cg-secondary" onClick={() => setConfirming(false)}>{t('options_cancel')}</button>
          </>
        ) : (
          <button type="button" class="cg-secondary" disabled={entries.length === 0} onClick={() => setConfirming(true)}>{t('options_audit_clear')}</button>
        )}
      </div>
    </section>
  );
}

/** "Face ×1, 1 added" — what the user changed among the areas the check marked. */
function removed(e: AuditEntry): string {
  const parts = e.files.flatMap((f) => {
    const out: string[] = [];
    const gone = removedLabel(f.boxesRemoved);
    if (gone) out.push(gone);
    if (f.boxesAdded) out.push(t('options_audit_added', f.boxesAdded));
    return out;
  });
  return parts.length > 0 ? parts.join('; ') : '—';
}
