import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../../lib/engine/report';
import type { WireFile } from '../../../lib/wire/file';
import { defaultSettings } from '../../../lib/settings/schema';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));
const callEngine = vi.fn();
vi.mock('../../../lib/background/engine-client', () => ({ callEngine: (...args: unknown[]) => callEngine(...args) }));
const { finaliseDecision, releaseRefusal } = await import('../../../lib/background/decide');

const clear: Report = { file: 'a.jpg', width: 10, height: 10, verdict: 'clear', faces: [], text: [], identifiers: [], metadata: [], timings: {} };
const found: Report = { ...clear, verdict: 'identifiable', faces: [{ box: [1, 1, 2, 2], score: 0.9 }] };
const file: WireFile = { name: 'IMG_1.jpg', type: 'image/jpeg', lastModified: 1, size: 3, bytes: { base64: 'AAEC' } };
const settings = (over: Partial<ReturnType<typeof defaultSettings>> = {}) => ({ ...defaultSettings(), ...over });

beforeEach(() => callEngine.mockReset());

describe('releaseRefusal (the background backstop for the mode rules)', () => {
  it('confirm: accepts the honest paths, refuses one-click and reasons not on the list', () => {
    const s = settings();
    expect(releaseRefusal([found], { action: 'release', reason: 'written-consent' }, s)).toBeUndefined();
    expect(releaseRefusal([found], { action: 'release', reason: 'false-alarm' }, s)).toBeUndefined();
    expect(releaseRefusal([found], { action: 'release', reason: 'after-notice' }, s)).toMatch(/warn mode/);
    expect(releaseRefusal([found], { action: 'release', reason: 'other-reason', otherReason: 'x' }, s)).toMatch(/not offered/);
    expect(releaseRefusal([found], { action: 'release', reason: 'other-reason', otherReason: 'x' }, settings({ otherReasons: ['y'] }))).toMatch(/list/);
    expect(releaseRefusal([found], { action: 'release', reason: 'other-reason', otherReason: 'y' }, settings({ otherReasons: ['y'] }))).toBeUndefined();
  });

  it('block: refuses any original of an image with findings', () => {
    for (const reason of ['written-consent', 'false-alarm', 'anonymised', 'after-notice'] as const) {
      expect(releaseRefusal([found], { action: 'release', reason }, settings({ enforcementMode: 'block' }))).toBeDefined();
    }
  });

  it('lets a clear image go by itself only after the notice setting, and an unchecked one only when policy allows', () => {
    expect(releaseRefusal([clear], { action: 'release', reason: 'nothing-found' }, settings())).toBeUndefined();
    expect(releaseRefusal([clear], { action: 'release', reason: 'nothing-found' }, settings({ noticeOnClearImages: false }))).toBeDefined();
    expect(releaseRefusal([found], { action: 'release', reason: 'nothing-found' }, settings())).toBeDefined();
    expect(releaseRefusal([undefined], { action: 'release', reason: 'check-failed-allowed' }, settings())).toBeDefined();
    expect(releaseRefusal([undefined], { action: 'release', reason: 'check-failed-allowed' }, settings({ onCheckFailure: 'allow' }))).toBeUndefined();
    expect(releaseRefusal([undefined], { action: 'release', reason: 'written-consent' }, settings({ onCheckFailure: 'hold' }))).toBeDefined();
  });
});

describe('finaliseDecision', () => {
  it('alwaysStripMetadata on: re-encodes each checked original without metadata, keeping its name', async () => {
    callEngine.mockResolvedValue({ ok: true, value: { ...file, name: 'IMG_1-redacted.jpg', bytes: { base64: 'BBBB' } } });
    const got = await finaliseDecision({ files: [file], reports: [found] }, { action: 'release', reason: 'written-consent' }, settings());
    expect(callEngine).toHaveBeenCalledWith('engine/redact', expect.objectContaining({ file, boxes: [] }));
    expect(got.ok && got.value.action === 'release' && got.value.files).toEqual([{ ...file, bytes: { base64: 'BBBB' } }]);
  });

  it('alwaysStripMetadata off: the exact bytes go, and files the dialog tried to send are dropped', async () => {
    const got = await finaliseDecision({ files: [file], reports: [found] }, { action: 'release', reason: 'written-consent', files: [{ ...file, name: 'evil.jpg' }] }, settings({ alwaysStripMetadata: false }));
    expect(callEngine).not.toHaveBeenCalled();
    expect(got).toEqual({ ok: true, value: { action: 'release', reason: 'written-consent' } });
  });

  it('holds the original when the metadata cannot be removed, and lets an unreadable image go as it is', async () => {
    callEngine.mockResolvedValue({ ok: false, error: { code: 'engine-failed', message: 'boom' } });
    const failed = await finaliseDecision({ files: [file], reports: [found] }, { action: 'release', reason: 'written-consent' }, settings());
    expect(failed.ok).toBe(false);
    const unreadable = await finaliseDecision({ files: [file], reports: [undefined] }, { action: 'release', reason: 'written-consent' }, settings());
    expect(unreadable.ok && unreadable.value.action === 'release' && unreadable.value.files).toEqual([null]);
  });

  it('takes a copy covered by hand of an image that could not be checked, unless policy holds unchecked images', async () => {
    const review = [{ found: 0, removed: {}, added: 1 }];
    expect((await finaliseDecision({ files: [file], reports: [undefined] }, { action: 'redact', files: [file], review }, settings())).ok).toBe(true);
    expect((await finaliseDecision({ files: [file], reports: [undefined] }, { action: 'redact', files: [file], review }, settings({ onCheckFailure: 'hold' }))).ok).toBe(false);
    expect((await finaliseDecision({ files: [file], reports: [found] }, { action: 'redact', files: [file], review }, settings({ onCheckFailure: 'hold' }))).ok).toBe(true);
  });

  it('refuses, in block mode, a "redaction" with every marked area removed', async () => {
    const review = [{ found: 2, removed: { face: 2 }, added: 0 }];
    expect((await finaliseDecision({ files: [file], reports: [found] }, { action: 'redact', files: [file], review }, settings({ enforcementMode: 'block' }))).ok).toBe(false);
    expect((await finaliseDecision({ files: [file], reports: [found] }, { action: 'redact', files: [file], review }, settings())).ok).toBe(true);
  });
});
