import type { Report } from '../engine/report';
import type { AuditFile } from './types';

/** SHA-256 of `bytes` as lower-case hex. */
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Kinds and counts of a report's findings; drops every string that came from the image itself. */
export function summariseReport(sha256: string, report: Report | undefined): AuditFile {
  if (!report) return { sha256, verdict: 'unchecked', faces: 0, identifiers: {}, metadataTags: [] };
  const identifiers: AuditFile['identifiers'] = {};
  for (const finding of report.identifiers) identifiers[finding.type] = (identifiers[finding.type] ?? 0) + 1;
  const metadataTags = [...new Set(report.metadata.map((m) => m.tag.replace(/[^\w:.-]/g, '').slice(0, 40)))];
  return { sha256, verdict: report.verdict, faces: report.faces.length, identifiers, metadataTags };
}
