export * from './types';
export { auditEntryFor, auditModeEntryFor, type DecidedSession } from './record';
export { appendAudit, clearAudit, filterAudit, pruneAudit, readAudit, AUDIT_KEY } from './log';
export { auditToCsv, auditToJson, CSV_COLUMNS } from './export';
export { sha256Hex, summariseReport } from './summarise';
export { attachedLabel, decisionLabel, findingsLabel, removedLabel, verdictLabel } from './labels';
