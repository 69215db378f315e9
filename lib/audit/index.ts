export * from './types';
export { auditEntryFor, type DecidedSession } from './record';
export { appendAudit, clearAudit, filterAudit, pruneAudit, readAudit, AUDIT_KEY } from './log';
export { auditToCsv, auditToJson, CSV_COLUMNS } from './export';
export { sha256Hex, summariseReport } from './summarise';
