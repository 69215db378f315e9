import { useMemo, useState } from 'preact/hooks';
import { filterAudit, type AuditDecision, type AuditEntry, type AuditFilter } from '../../lib/audit';
import { t } from '../../lib/i18n';

export interface AuditLogProps {
  entries: AuditEntry[];
  retentionDays: number;
  /** Site id → name. */
  siteName(id: string): string;
  onExport(format: 'csv' | 'json', entries: AuditEntry[]): void;
  onClear(): void;
}

const DECISIONS: AuditDecision[] = ['posted-original', 'posted-redacted', 'cancelled'];

/** The local audit log: filter by site, decision and date; export what is shown; clear everything. */
export function AuditLog({ entries, retentionDays, siteName, onExport, onClear }: AuditLogProps) {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [confirming, setConfirming] = useState(false);
  const shown = useMemo(() => filterAudit(entries, filter), [entries, filter]);
  const sites = [...new Set(entries.map((e) => e.site))];
  const set = (patch: AuditFilter) => setFilter({ ...filter, ...patch });
  return (
    <section class="cg-card" id="audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('options_audit_title')}</h2>
      <p class="cg-hint">{retentionDays > 0 ? t('options_audit_hint', retentionDays) : t('options_audit_off')}</p>
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
            {DECISIONS.map((d) => <option key={d} value={d}>{t(`options_decision_${d.replace('-', '_')}`)}</option>)}
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
                <th scope="col">{t('options_audit_reason')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr key={e.id}>
                  <td>{new Date(e.time).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}</td>
                  <td>{siteName(e.site)}</td>
                  <td>{t(`options_decision_${e.decision.replace('-', '_')}`)}</td>
                  <td>{summary(e)}</td>
                  <td>{e.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div class="cg-actions">
        <button type="button" disabled={shown.length === 0} onClick={() => onExport('csv', shown)}>{t('options_audit_export_csv')}</button>
        <button type="button" disabled={shown.length === 0} onClick={() => onExport('json', shown)}>{t('options_audit_export_json')}</button>
        {confirming ? (
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

/** "2 images: 1 face, NHS number ×1" — counts only, the log holds nothing else. */
function summary(e: AuditEntry): string {
  const faces = e.files.reduce((n, f) => n + f.faces, 0);
  const ids: Record<string, number> = {};
  for (const f of e.files) for (const [type, n] of Object.entries(f.identifiers)) ids[type] = (ids[type] ?? 0) + (n ?? 0);
  const parts = [t('options_audit_images', e.files.length)];
  if (faces > 0) parts.push(t('options_audit_faces', faces));
  for (const [type, n] of Object.entries(ids)) parts.push(`${type} ×${n}`);
  if (faces === 0 && Object.keys(ids).length === 0) parts.push(t('options_audit_nothing_found'));
  return parts.join(', ');
}
