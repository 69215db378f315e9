import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { withExif } from '../../fixtures/generator/exif';
import { generateSet, specFor } from '../../fixtures/generator/generate';
import { SAMPLE_EXIF, SAMPLE_SPECS } from '../../fixtures/generator/make-samples';
import type { Truth } from '../../fixtures/generator/truth';

const ROOT = join(import.meta.dirname, '../../..');

describe('EXIF writer', () => {
  it('writes GPS, DateTimeOriginal, Make/Model, serial and Artist that exifr reads back', async () => {
    const jpeg = await createCanvas(32, 24).encode('jpeg', 80);
    const tagged = withExif(jpeg, SAMPLE_EXIF);
    const tags = await exifr.parse(tagged, { tiff: true, exif: true, gps: true });
    expect(tags.Make).toBe(SAMPLE_EXIF.make);
    expect(tags.Model).toBe(SAMPLE_EXIF.model);
    expect(tags.Artist).toBe(SAMPLE_EXIF.artist);
    expect(tags.SerialNumber ?? tags.BodySerialNumber).toBe(SAMPLE_EXIF.serial);
    expect(tags.latitude).toBeCloseTo(SAMPLE_EXIF.gps.latitude, 4);
    expect(tags.longitude).toBeCloseTo(SAMPLE_EXIF.gps.longitude, 4);
    expect((tags.DateTimeOriginal as Date).toISOString().startsWith('2024-05-12T14:32:10')).toBe(true);
    expect(await exifr.parse(jpeg)).toBeUndefined();
  });

  it('refuses non-JPEG input', () => {
    expect(() => withExif(Buffer.from([0x89, 0x50, 0x4e, 0x47]), SAMPLE_EXIF)).toThrow(/not a JPEG/);
  });
});

describe('generateSet', () => {
  it('writes paired images and one truth line per image', async () => {
    const out = join(ROOT, 'tests/.generated/unit-set');
    rmSync(out, { recursive: true, force: true });
    await generateSet({ out, count: 4, seed: 9, kinds: ['radiology', 'endoscopy'] });
    const truths = readFileSync(join(out, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Truth);
    expect(truths.map((t) => [t.kind, t.clean])).toEqual([['radiology', false], ['radiology', true], ['endoscopy', false], ['endoscopy', true]]);
    for (const t of truths) expect(existsSync(join(out, t.file))).toBe(true);
    expect(truths[0]?.seed).toBe(truths[1]?.seed);
    expect(specFor(2, 9, ['radiology', 'endoscopy']).seed).not.toBe(specFor(0, 9, ['radiology', 'endoscopy']).seed);
  });
});

describe('bundled samples', () => {
  it('match the sample specs, stay under 2 MB and carry EXIF only where intended', async () => {
    const truths = readFileSync(join(ROOT, 'samples/truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Truth);
    expect(truths.map((t) => t.file.replace(/\.\w+$/, ''))).toEqual(SAMPLE_SPECS.map((s) => s.name));
    let total = 0;
    for (const t of truths) total += statSync(join(ROOT, 'samples', t.file)).size;
    expect(total).toBeLessThan(2 * 1024 * 1024);
    const exif = await exifr.parse(readFileSync(join(ROOT, 'samples/camera-exif.jpg')), { gps: true });
    expect(exif.Make).toBe(SAMPLE_EXIF.make);
    expect(await exifr.parse(readFileSync(join(ROOT, 'samples/endoscopy-identifiable.jpg')))).toBeUndefined();
  });
});
