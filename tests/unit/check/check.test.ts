import { describe, expect, it } from 'vitest';
import { checkImage, decideVerdict, inspectImage } from '../../../lib/engine/check';
import type { Report } from '../../../lib/engine/report';
import { animated, MAGIC, orientedJpeg, solid } from '../decode/fixtures';
import { fakeRuntime } from './fake-runtime';
import { schemaErrors } from './schema';

const input = async (buffer: Buffer | Promise<Buffer>, name = 'x.jpg') => ({ bytes: new Uint8Array(await buffer), name });
const empty = { faces: [], identifiers: [], metadata: [], text: [] } satisfies Partial<Report>;

describe('decideVerdict', () => {
  it.each([
    ['clear', {}],
    ['identifiable', { faces: [{ box: [0, 0, 1, 1], score: 0.9 }] }],
    ['identifiable', { identifiers: [{ type: 'nhs-number', text: '999 000 0018', box: [0, 0, 1, 1] }] }],
    ['identifiable', { metadata: [{ tag: 'GPS:Position', value: '1, 2' }] }],
    ['review', { text: [{ box: [0, 0, 1, 1], text: 'Series 4' }] }],
    ['review', { text: [{ box: [0, 0, 1, 1], text: '' }] }],
    ['review', { metadata: [{ tag: 'Animation', value: 'only the first frame' }] }],
    ['error', { error: 'boom', faces: [{ box: [0, 0, 1, 1], score: 0.9 }] }],
  ] as const)('%s for %j', (verdict, parts) => {
    expect(decideVerdict({ ...empty, ...parts } as unknown as Report)).toBe(verdict);
  });
});

describe('checkImage', () => {
  it('says clear for a plain image and reports per-stage timings', async () => {
    const report = await checkImage(await input(solid(64, 48).png().toBuffer(), 'plain.png'), fakeRuntime());
    expect(report).toMatchObject({ file: 'plain.png', width: 64, height: 48, verdict: 'clear' });
    for (const stage of ['decode', 'metadata', 'faces', 'text', 'identifiers', 'total']) expect(report.timings[stage]).toBeTypeOf('number');
    expect(schemaErrors(report)).toBe('');
  });

  it('finds identifiers in the OCR text and calls the image identifiable', async () => {
    const runtime = fakeRuntime({ words: [
      { text: 'NHS', box: [20, 20, 60, 30], confidence: 92 },
      { text: 'No:', box: [90, 20, 50, 30], confidence: 92 },
      { text: '999', box: [150, 20, 50, 30], confidence: 92 },
      { text: '000', box: [210, 20, 50, 30], confidence: 92 },
      { text: '0018', box: [270, 20, 70, 30], confidence: 92 },
    ] });
    const report = await checkImage(await input(solid(200, 100).png().toBuffer()), runtime);
    expect(report.verdict).toBe('identifiable');
    expect(report.text.map((t) => t.text)).toEqual(['NHS No: 999 000 0018']);
    expect(report.identifiers.map((i) => [i.type, i.text])).toEqual([['nhs-number', '999 000 0018']]);
    expect(schemaErrors(report)).toBe('');
  });

  it('asks for review when text matched no rule', async () => {
    const runtime = fakeRuntime({ words: [{ text: 'Series', box: [20, 20, 90, 30], confidence: 92 }] });
    const report = await checkImage(await input(solid(200, 100).png().toBuffer()), runtime);
    expect([report.verdict, report.identifiers.length]).toEqual(['review', 0]);
  });

  it('calls identifying metadata identifiable', async () => {
    const jpeg = solid(32, 32).withExif({ IFD0: { Artist: 'Dr A Example' } }).jpeg().toBuffer();
    const report = await checkImage(await input(jpeg), fakeRuntime());
    expect(report.verdict).toBe('identifiable');
    expect(report.metadata).toContainEqual({ tag: 'EXIF:Artist', value: 'Dr A Example' });
  });

  it('reports oriented dimensions for an EXIF-rotated JPEG', async () => {
    const report = await checkImage(await input(orientedJpeg()), fakeRuntime());
    expect([report.width, report.height]).toEqual([20, 40]);
  });

  it('checks only the first frame of an animated GIF and says so', async () => {
    const report = await checkImage(await input(animated('gif'), 'clip.gif'), fakeRuntime());
    expect(report.verdict).toBe('review');
    expect(report.metadata).toHaveLength(1);
    expect(report.metadata[0]?.tag).toBe('Animation');
    expect(report.metadata[0]?.value).toMatch(/GIF \(3 frames\): only the first frame was checked/);
    expect(schemaErrors(report)).toBe('');
  });

  it.each([
    ['heic', /^HEIC photos can't be checked yet/],
    ['mp4', /^Videos can't be checked/],
    ['pdf', /^PDF files/],
    ['unknown', /isn't an image type/],
  ] as const)('turns %s into a schema-valid error report', async (kind, message) => {
    const report = await checkImage({ bytes: new Uint8Array(MAGIC[kind]), name: `file.${kind}` }, fakeRuntime());
    expect(report.verdict).toBe('error');
    expect(report.error).toMatch(message);
    // The file itself could not be read: the dialog offers neither a new check nor covering areas by hand.
    expect(report.unreadable).toBe(true);
    expect(schemaErrors(report)).toBe('');
  });

  it('keeps the other findings and says which stage failed', async () => {
    const jpeg = solid(32, 32).withExif({ IFD0: { Artist: 'Dr A Example' } }).jpeg().toBuffer();
    const report = await checkImage(await input(jpeg), fakeRuntime({ failFaces: true }));
    expect(report.verdict).toBe('error');
    expect(report.error).toMatch(/face check failed \(model missing\)/);
    // The picture was read: checking again may help, and areas can be covered on it.
    expect(report.unreadable).toBeUndefined();
    expect(report.metadata.length).toBeGreaterThan(0);
    expect(schemaErrors(report)).toBe('');
  });

  it('skips disabled stages', async () => {
    const stages: string[] = [];
    await checkImage(await input(solid(32, 32).png().toBuffer()), fakeRuntime({ onStage: (s) => stages.push(s) }), { faces: false });
    expect(stages).not.toContain('faces');
    expect(stages).toContain('detect');
  });

  it('stops at the next model call when aborted', async () => {
    const controller = new AbortController();
    const stages: string[] = [];
    const runtime = fakeRuntime({ onStage: (s) => { stages.push(s); controller.abort(); } });
    const run = inspectImage(await input(solid(32, 32).png().toBuffer()), runtime, {}, controller.signal);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    // Text starts first; once aborted, neither the face model nor OCR is called.
    expect(stages).toEqual(['detect']);
  });

  it('tells progress as stages finish, faces and text side by side', async () => {
    const seen: string[] = [];
    const words = [{ text: 'NHS', box: [2, 2, 10, 6] as [number, number, number, number], confidence: 90 }];
    const report = await checkImage(await input(solid(32, 32).png().toBuffer()), fakeRuntime({ words }), {}, undefined, (p) =>
      seen.push(`${p.metadata ? 'M' : '-'}${p.faces ? 'F' : '-'}${p.text.found ?? '-'}`),
    );
    // Metadata first; the detector finds no lines (blank image) while the face model runs; then faces.
    expect(seen).toEqual(['M--', 'M-0', 'MF0']);
    expect(report.faces).toEqual([]);
  });
});
