import type { AuditEntry } from '../lib/audit/types';

const HASH = (n: number) => n.toString(16).padStart(2, '0').repeat(32);

/** A few plausible audit entries for screenshots: counts and hashes only, like the real log. */
export function sampleAudit(now: Date): AuditEntry[] {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000).toISOString();
  return [
    { id: 'a', time: at(50), site: 'x', origin: 'https://x.com', mode: 'confirm', decision: 'posted-redacted',
      files: [{ sha256: HASH(1), verdict: 'identifiable', faces: 1, identifiers: { 'nhs-number': 1, name: 1 }, metadataTags: ['GPSLatitude'] }] },
    { id: 'b', time: at(26), site: 'linkedin', origin: 'https://www.linkedin.com', mode: 'confirm', decision: 'posted-original', reason: 'written-consent',
      files: [{ sha256: HASH(2), verdict: 'identifiable', faces: 2, identifiers: {}, metadataTags: [] }] },
    { id: 'c', time: at(3), site: 'x', origin: 'https://x.com', mode: 'confirm', decision: 'cancelled',
      files: [{ sha256: HASH(3), verdict: 'review', faces: 0, identifiers: { 'date-of-birth': 1 }, metadataTags: [] },
        { sha256: HASH(4), verdict: 'clear', faces: 0, identifiers: {}, metadataTags: [] }] },
  ];
}
