import { createHash } from 'node:crypto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../lib/engine/report';
import type { BoxReview } from '../../../lib/wire/decision';
import { defaultSettings } from '../../../lib/settings/schema';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const { appendAudit, auditEntryFor, auditModeEntryFor, clearAudit, filterAudit, pruneAudit, readAudit } = await import('../../../lib/audit');

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
      verdict: 'identifiable', faces: 1, identifiers: { name: 2, 'nhs-number': 1 }, metadataTags: ['GPSLatitude'], attached: 'exact-original',
    });
    expect(entry.files[1]?.verdict).toBe('unchecked');
    expect(entry).toMatchObject({ time: '2026-01-02T03:04:05.000Z', site: 'x', decision: 'attached-consent', mode: 'confirm' });
    expect(entry.reason).toBeUndefined();
    const text = JSON.stringify(entry);
    for (const secret of ['JOHN', 'SMITH', '943 476', '51.5', 'scan.png']) expect(text).not.toContain(secret);
  });

  it.each([
    [{ action: 'release', reason: 'nothing-found' }, 'attached-clear'],
    [{ action: 'release', reason: 'written-consent' }, 'attached-consent'],
    [{ action: 'release', reason: 'false-alarm' }, 'attached-false-alarm'],
    [{ action: 'release', reason: 'after-notice' }, 'attached-after-notice'],
    [{ action: 'release', reason: 'check-failed-allowed' }, 'attached-unchecked'],
    [{ action: 'redact', files: [] }, 'attached-redacted'],
    [{ action: 'cancel' }, 'cancelled'],
  ] as const)('records %j as %s', async (decision, recorded) => {
    expect((await auditEntryFor(session, decision as never, defaultSettings())).decision).toBe(recorded);
  });

  it('records "nothing identifies a patient" said over the engine\'s findings as a false alarm', async () => {
    expect((await auditEntryFor(session, { action: 'release', reason: 'anonymised' }, defaultSettings())).decision).toBe('attached-false-alarm');
    const clear = { ...session, reports: [{ ...report, verdict: 'review' as const, faces: [], identifiers: [], metadata: [] }] };
    expect((await auditEntryFor(clear, { action: 'release', reason: 'anonymised' }, defaultSettings())).decision).toBe('attached-anonymised');
  });

  it('records the marked areas the user removed and added, by kind, and a redaction that covers nothing as a false alarm', async () => {
    const review: BoxReview[] = [{ found: 4, removed: { face: 1, name: 1 }, added: 1 }, { found: 0, removed: {}, added: 0 }];
    const entry = await auditEntryFor(session, { action: 'redact', files: [], review }, defaultSettings());
    expect(entry.decision).toBe('attached-redacted');
    expect(entry.files[0]).toMatchObject({ boxesFound: 4, boxesRemoved: { face: 1, name: 1 }, boxesAdded: 1, attached: 'redacted-copy' });
    expect(entry.files[1]?.boxesRemoved).toBeUndefined();
    const emptied: BoxReview[] = [{ found: 2, removed: { face: 1, text: 1 }, added: 0 }, { found: 0, removed: {}, added: 0 }];
    expect((await auditEntryFor(session, { action: 'redact', files: [], review: emptied }, defaultSettings())).decision).toBe('attached-false-alarm');
  });

  it('says which originals went without their metadata', async () => {
    const stripped = { ...file, name: 'scan.png' };
    const entry = await auditEntryFor(session, { action: 'release', reason: 'written-consent', files: [stripped, null] }, defaultSettings());
    expect(entry.files.map((f) => f.attached)).toEqual(['original-without-metadata', 'exact-original']);
  });

  it("keeps an other reason only when it is on the organisation's list", async () => {
    const settings = { ...defaultSettings(), otherReasons: ['Approved by clinical photography'] };
    const listed = await auditEntryFor(session, { action: 'release', reason: 'other-reason', otherReason: 'Approved by clinical photography' }, settings);
    const free = await auditEntryFor(session, { action: 'release', reason: 'other-reason', otherReason: 'Mrs Patel said yes' }, settings);
    expect(listed).toMatchObject({ decision: 'attached-other-reason', reason: 'Approved by clinical photography' });
    expect(free.reason).toBeUndefined();
  });

  it('records an audit-mode check as attached without asking, exact bytes', async () => {
    const entry = await auditModeEntryFor(session, { ...defaultSettings(), enforcementMode: 'audit' });
    expect(entry).toMatchObject({ decision: 'attached-audit', mode: 'audit' });
    expect(entry.files.map((f) => f.attached)).toEqual(['exact-original', 'exact-original']);
  });
});

describe('audit log', () => {
  const at = (iso: string, site = 'x', decision: 'cancelled' | 'attached-consent' = 'cancelled') =>
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
    const entries = [at('2026-01-01T10:00:00Z', 'x'), at('2026-01-02T10:00:00Z', 'reddit', 'attached-consent'), at('2026-01-03T10:00:00Z', 'x', 'attached-consent')];
    expect(filterAudit(entries, { site: 'x' }).map((e) => e.id)).toEqual(['2026-01-03T10:00:00Z', '2026-01-01T10:00:00Z']);
    expect(filterAudit(entries, { decision: 'attached-consent', from: '2026-01-03' })).toHaveLength(1);
    expect(filterAudit(entries, { to: '2026-01-02' })).toHaveLength(2);
  });
});
