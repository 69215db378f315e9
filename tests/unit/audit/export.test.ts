import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditToCsv, auditToJson, CSV_COLUMNS } from '../../../lib/audit/export';
import type { AuditEntry } from '../../../lib/audit/types';
import { useCatalogue, type Catalogue } from '../../../lib/i18n';

useCatalogue(JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en_GB/messages.json'), 'utf8')) as Catalogue);

const entry: AuditEntry = {
  id: '1', time: '2026-01-02T03:04:05.000Z', site: 'x', origin: 'https://x.com', mode: 'confirm',
  decision: 'attached-other-reason', reason: '=HYPERLINK("http://evil"), "quoted"',
  files: [
    { sha256: 'ab', verdict: 'identifiable', faces: 2, identifiers: { 'nhs-number': 1, name: 1 }, metadataTags: ['GPSLatitude', 'Model'],
      boxesFound: 4, boxesRemoved: { face: 1, 'nhs-number': 1 }, boxesAdded: 1, attached: 'original-without-metadata' },
    { sha256: 'cd', verdict: 'clear', faces: 0, identifiers: {}, metadataTags: [], attached: 'exact-original' },
  ],
};

const parse = (csv: string) => csv.split('\r\n').filter(Boolean);

describe('audit export', () => {
  it('writes one CSV row per image, readable words beside their codes, escaped and formula-safe', () => {
    const lines = parse(auditToCsv([entry]));
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(3);
    const row = lines[1]!;
    expect(row).toContain('Original attached: another reason the organisation accepts,attached-other-reason,');
    expect(row).toContain(`"'=HYPERLINK(""http://evil""), ""quoted"""`);
    expect(row).toContain('May identify a patient,identifiable,"2 face(s); NHS number ×1; Name ×1; metadata: GPSLatitude, Model",faces:2;nhs-number:1;name:1;metadata:GPSLatitude;metadata:Model');
    expect(row).toContain(',4,Face ×1; NHS number ×1,face:1;nhs-number:1,1,"Original, metadata removed",original-without-metadata');
    expect(lines[2]).toContain(',2,cd,Nothing found,clear,nothing found,,,,,,"Original, exact bytes",exact-original');
  });

  it('labels decisions written by an older version by their code rather than dropping them', () => {
    const old = { ...entry, decision: 'posted-original' as never, files: [] };
    expect(parse(auditToCsv([old]))[1]).toContain('Original attached (older entry: why was not recorded),posted-original');
    expect(parse(auditToCsv([{ ...old, decision: 'something-new' as never }]))[1]).toContain('something-new,something-new');
  });

  it('writes a row even for a decision with no files', () => {
    expect(parse(auditToCsv([{ ...entry, files: [] }]))).toHaveLength(2);
  });

  it('writes versioned JSON with labels beside the codes, which parses back', () => {
    const parsed = JSON.parse(auditToJson([entry])) as { format: string; version: number; entries: (AuditEntry & { decisionLabel: string; files: { findingsLabel: string; attachedLabel: string }[] })[] };
    expect(parsed).toMatchObject({ format: 'consent-guard-audit', version: 2 });
    expect(parsed.entries[0]).toMatchObject({ ...entry, files: [expect.objectContaining(entry.files[0]!), expect.objectContaining(entry.files[1]!)] });
    expect(parsed.entries[0]!.decisionLabel).toBe('Original attached: another reason the organisation accepts');
    expect(parsed.entries[0]!.files[0]!.findingsLabel).toBe('2 face(s); NHS number ×1; Name ×1; metadata: GPSLatitude, Model');
  });
});
