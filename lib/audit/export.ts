import type { AuditEntry } from './types';

/** Column order of the CSV export: one row per image. */
export const CSV_COLUMNS = ['time', 'site', 'origin', 'mode', 'decision', 'reason', 'sha256', 'verdict', 'faces', 'identifiers', 'metadata'] as const;

/** The log as pretty JSON, for IG review or import elsewhere. */
export function auditToJson(entries: readonly AuditEntry[]): string {
  return `${JSON.stringify({ format: 'consent-guard-audit', version: 1, entries }, null, 2)}\n`;
}

/** The log as CSV (RFC 4180, CRLF), one row per image, identifier counts as `type:count;…`. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of entries) {
    const files = e.files.length > 0 ? e.files : [undefined];
    for (const f of files) {
      rows.push([
        e.time, e.site, e.origin, e.mode, e.decision, e.reason ?? '',
        f?.sha256 ?? '', f?.verdict ?? '', String(f?.faces ?? 0),
        Object.entries(f?.identifiers ?? {}).map(([type, n]) => `${type}:${n}`).join(';'),
        (f?.metadataTags ?? []).join(';'),
      ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A leading =, +, - or @ would run as a formula in Excel.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
