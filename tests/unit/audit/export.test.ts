import { describe, expect, it } from 'vitest';
import { auditToCsv, auditToJson } from '../../../lib/audit/export';
import type { AuditEntry } from '../../../lib/audit/types';

const entry: AuditEntry = {
  id: '1', time: '2026-01-02T03:04:05.000Z', site: 'x', origin: 'https://x.com', mode: 'confirm',
  decision: 'posted-original', reason: '=HYPERLINK("http://evil"), "quoted"',
  files: [
    { sha256: 'ab', verdict: 'identifiable', faces: 2, identifiers: { 'nhs-number': 1, name: 1 }, metadataTags: ['GPSLatitude', 'Model'] },
    { sha256: 'cd', verdict: 'clear', faces: 0, identifiers: {}, metadataTags: [] },
  ],
};

describe('audit export', () => {
  it('writes one CSV row per image with a header, escaped and formula-safe', () => {
    const lines = auditToCsv([entry]).split('\r\n');
    expect(lines[0]).toBe('time,site,origin,mode,decision,reason,sha256,verdict,faces,identifiers,metadata');
    expect(lines[1]).toBe(`2026-01-02T03:04:05.000Z,x,https://x.com,confirm,posted-original,"'=HYPERLINK(""http://evil""), ""quoted""",ab,identifiable,2,nhs-number:1;name:1,GPSLatitude;Model`);
    expect(lines[2]).toContain(',cd,clear,0,,');
    expect(lines).toHaveLength(4);
  });

  it('writes a row even for a decision with no files', () => {
    expect(auditToCsv([{ ...entry, files: [] }]).split('\r\n')).toHaveLength(3);
  });

  it('writes versioned JSON that parses back', () => {
    expect(JSON.parse(auditToJson([entry]))).toEqual({ format: 'consent-guard-audit', version: 1, entries: [entry] });
  });
});
