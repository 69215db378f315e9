import { createHash } from 'node:crypto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../lib/engine/report';
import { defaultSettings } from '../../../lib/settings/schema';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { appendAudit, auditEntryFor, clearAudit, filterAudit, pruneAudit, readAudit } = await import('../../../lib/audit');

const bytes = new TextEncoder().encode('pretend image bytes').buffer as ArrayBuffer;
const file = { name: 'scan.png', type: 'image/png', lastModified: 0, size: bytes.byteLength, bytes };
const report: Report = {
  file: 'scan.png', width: 10, height: 10, verdict: 'identifiable', timings: {},
  faces: [{ box: [0, 0, 1, 1], score: 0.9 }],
  text: [{ box: [0, 0, 5, 1], text: 'JOHN SMITH 943 476 5919' }],
  identifiers: [
    { type: 'name', text: 'JOHN SMITH', box: [0, 0, 2, 1] },
    { type: 'nhs-number', text: '943 476 5919', box: [2, 0, 3, 1] },
    { type: 'name', text: 'DR JONES', box: [0, 1, 2, 1] },
  ],
  metadata: [{ tag: 'GPSLatitude', value: '51.5' }],
};
const session = { site: 'x', pageOrigin: 'https://x.com', files: [file, file], reports: [report] };

beforeEach(() => fakeBrowser.reset());

describe('auditEntryFor', () => {
  it('records hashes of the held bytes and counts of findings, never their text', async () => {
    const entry = await auditEntryFor(session, { action: 'release', reason: 'written-consent' }, defaultSettings(), new Date('2026-01-02T03:04:05Z'));
    expect(entry.files[0]).toEqual({
      sha256: createHash('sha256').update(Buffer.from(bytes)).digest('hex'),
      verdict: 'identifiable', faces: 1, identifiers: { name: 2, 'nhs-number': 1 }, metadataTags: ['GPSLatitude'],
    });
    expect(entry.files[1]?.verdict).toBe('unchecked');
    expect(entry).toMatchObject({ time: '2026-01-02T03:04:05.000Z', site: 'x', decision: 'posted-original', reason: 'written-consent', mode: 'confirm' });
    const text = JSON.stringify(entry);
    for (const secret of ['JOHN', 'SMITH', '943 476', '51.5', 'scan.png']) expect(text).not.toContain(secret);
  });

  it('keeps a reason only when it is on the configured list', async () => {
    const settings = { ...defaultSettings(), reasonList: ['Consent form on file'] };
    const listed = await auditEntryFor(session, { action: 'release', reason: 'written-consent', reasonText: 'Consent form on file' } as never, settings);
    const free = await auditEntryFor(session, { action: 'release', reason: 'written-consent', reasonText: 'Mrs Patel said yes' } as never, settings);
    expect(listed.reason).toBe('Consent form on file');
    expect(free.reason).toBe('written-consent');
    expect((await auditEntryFor(session, { action: 'cancel' }, settings)).reason).toBeUndefined();
  });
});

describe('audit log', () => {
  const at = (iso: string, site = 'x', decision: 'cancelled' | 'posted-original' = 'cancelled') =>
    ({ id: iso, time: iso, site, origin: 'https://x.com', mode: 'confirm' as const, decision, files: [] });

  it('appends, prunes by retention and clears', async () => {
    const now = Date.parse('2026-03-31T12:00:00Z');
    await appendAudit(at('2026-01-01T00:00:00Z'), 365, now);
    await appendAudit(at('2026-03-30T00:00:00Z'), 365, now);
    expect(await readAudit()).toHaveLength(2);
    await pruneAudit(30, now);
    expect((await readAudit()).map((e) => e.id)).toEqual(['2026-03-30T00:00:00Z']);
    await clearAudit();
    expect(await readAudit()).toEqual([]);
  });

  it('writes nothing when retention is 0', async () => {
    await appendAudit(at(new Date().toISOString()), 0);
    expect(await readAudit()).toEqual([]);
  });

  it('does not lose entries appended at the same time', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => appendAudit(at(new Date(Date.now() - i).toISOString()), 30)));
    expect(await readAudit()).toHaveLength(20);
  });

  it('reads a damaged log as empty', async () => {
    await fakeBrowser.storage.local.set({ auditLog: 'garbage' });
    expect(await readAudit()).toEqual([]);
  });

  it('filters by site, decision and date, newest first', () => {
    const entries = [at('2026-01-01T10:00:00Z', 'x'), at('2026-01-02T10:00:00Z', 'reddit', 'posted-original'), at('2026-01-03T10:00:00Z', 'x', 'posted-original')];
    expect(filterAudit(entries, { site: 'x' }).map((e) => e.id)).toEqual(['2026-01-03T10:00:00Z', '2026-01-01T10:00:00Z']);
    expect(filterAudit(entries, { decision: 'posted-original', from: '2026-01-03' })).toHaveLength(1);
    expect(filterAudit(entries, { to: '2026-01-02' })).toHaveLength(2);
  });
});
