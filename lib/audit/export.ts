import { attachedLabel, decisionLabel, findingsCodes, findingsLabel, removedCodes, removedLabel, verdictLabel } from './labels';
import type { AuditEntry } from './types';

/**
 * Column order of the CSV export: one row per image. Each coded value has a readable column and, beside it, the
 * code it came from (`…_code`), so a spreadsheet can filter on either.
 */
export const CSV_COLUMNS = [
  'time', 'site', 'origin', 'mode',
  'decision', 'decision_code', 'other_reason',
  'image', 'sha256', 'check', 'check_code', 'findings', 'findings_codes',
  'areas_found', 'areas_removed', 'areas_removed_codes', 'areas_added',
  'attached', 'attached_code',
] as const;

/** The log as pretty JSON, for IG review or import elsewhere; each entry carries readable labels beside its codes. */
export function auditToJson(entries: readonly AuditEntry[]): string {
  const readable = entries.map((e) => ({
    ...e,
    decisionLabel: decisionLabel(e.decision),
    files: e.files.map((f) => ({
      ...f,
      verdictLabel: verdictLabel(f.verdict),
      findingsLabel: findingsLabel(f),
      ...(f.boxesRemoved ? { boxesRemovedLabel: removedLabel(f.boxesRemoved) } : {}),
      ...(f.attached ? { attachedLabel: attachedLabel(f.attached) } : {}),
    })),
  }));
  return `${JSON.stringify({ format: 'consent-guard-audit', version: 2, entries: readable }, null, 2)}\n`;
}

/** The log as CSV (RFC 4180, CRLF), one row per image. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of entries) {
    const files = e.files.length > 0 ? e.files : [undefined];
    files.forEach((f, i) => {
      rows.push([
        e.time, e.site, e.origin, e.mode,
        decisionLabel(e.decision), e.decision, e.reason ?? '',
        f ? String(i + 1) : '', f?.sha256 ?? '', f ? verdictLabel(f.verdict) : '', f?.verdict ?? '',
        f ? findingsLabel(f) : '', f ? findingsCodes(f) : '',
        f?.boxesFound === undefined ? '' : String(f.boxesFound), removedLabel(f?.boxesRemoved), removedCodes(f?.boxesRemoved),
        f?.boxesAdded === undefined ? '' : String(f.boxesAdded),
        attachedLabel(f?.attached), f?.attached ?? '',
      ]);
    });
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in Excel.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
