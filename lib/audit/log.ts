import { browser } from 'wxt/browser';
import { createLock } from '../async/lock';
import type { AuditEntry, AuditFilter } from './types';

/** storage.local key of the audit log. */
export const AUDIT_KEY = 'auditLog';
/** Oldest entries go first beyond this many, whatever the retention. */
export const MAX_ENTRIES = 5000;
const DAY_MS = 86_400_000;

/** Appends are serialised so two quick decisions cannot overwrite each other. */
const serialise = createLock();

/** Every entry, oldest first. Never rejects; a damaged log reads as empty. */
export async function readAudit(): Promise<AuditEntry[]> {
  try {
    const stored = (await browser.storage.local.get(AUDIT_KEY))[AUDIT_KEY];
    return Array.isArray(stored) ? (stored as AuditEntry[]) : [];
  } catch {
    return [];
  }
}

/**
 * Adds an entry and drops entries older than `retentionDays` (0 keeps nothing, so nothing is written).
 */
export function appendAudit(entry: AuditEntry, retentionDays: number, now = Date.now()): Promise<void> {
  return serialise(async () => {
    const kept = retentionDays <= 0 ? [] : prune([...(await readAudit()), entry], retentionDays, now);
    await browser.storage.local.set({ [AUDIT_KEY]: kept });
  });
}

/** Drops entries older than the retention period; run at start-up and when the setting changes. */
export function pruneAudit(retentionDays: number, now = Date.now()): Promise<void> {
  return serialise(async () => {
    const entries = await readAudit();
    const kept = retentionDays <= 0 ? [] : prune(entries, retentionDays, now);
    if (kept.length !== entries.length) await browser.storage.local.set({ [AUDIT_KEY]: kept });
  });
}

/** Deletes the whole log. */
export function clearAudit(): Promise<void> {
  return serialise(() => browser.storage.local.remove(AUDIT_KEY));
}

function prune(entries: AuditEntry[], retentionDays: number, now: number): AuditEntry[] {
  const cutoff = now - retentionDays * DAY_MS;
  return entries.filter((e) => Date.parse(e.time) >= cutoff).slice(-MAX_ENTRIES);
}

/** Entries matching the filter, newest first. */
export function filterAudit(entries: readonly AuditEntry[], filter: AuditFilter): AuditEntry[] {
  return entries
    .filter((e) => !filter.site || e.site === filter.site)
    .filter((e) => !filter.decision || e.decision === filter.decision)
    .filter((e) => !filter.from || e.time.slice(0, 10) >= filter.from)
    .filter((e) => !filter.to || e.time.slice(0, 10) <= filter.to)
    .reverse();
}
