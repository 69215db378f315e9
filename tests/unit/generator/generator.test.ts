import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { chiCheckDigitValid } from '../../../lib/engine/identifiers';
import { generateImage, type GeneratedImage } from '../../fixtures/generator/index';
import { isTestRangeNhsNumber, isValidNhsNumber } from '../../fixtures/generator/nhs';
import { KINDS, type Kind, type Truth } from '../../fixtures/generator/truth';

/** Modest sizes keep the suite quick; the default sizes are exercised by the CLI. */
const SIZE: Record<Kind, [number, number]> = {
  endoscopy: [1280, 1024], radiology: [1024, 1024], 'clinical-photo': [1200, 900], wristband: [1200, 900], 'monitor-photo': [1600, 1200],
  'specimen-pot': [1200, 900], 'dicom-overlay': [1024, 768], 'small-text': [1024, 1024],
};

const cache = new Map<string, Promise<GeneratedImage>>();
function gen(kind: Kind, seed: number, clean: boolean): Promise<GeneratedImage> {
  const key = `${kind}/${seed}/${clean}`;
  let p = cache.get(key);
  if (!p) {
    p = generateImage({ kind, seed, clean, name: key.replace(/\//g, '-'), size: SIZE[kind] });
    cache.set(key, p);
  }
  return p;
}

function boxesInside(t: Truth): void {
  for (const b of [...t.identifiers, ...t.otherText, ...t.faces].map((i) => i.box)) {
    const [x, y, w, h] = b;
    expect(Number.isInteger(x) && Number.isInteger(y) && Number.isInteger(w) && Number.isInteger(h)).toBe(true);
    expect(w).toBeGreaterThan(0);
    expect(h).toBeGreaterThan(0);
    expect(x).toBeGreaterThanOrEqual(0);
    expect(y).toBeGreaterThanOrEqual(0);
    expect(x + w).toBeLessThanOrEqual(t.width);
    expect(y + h).toBeLessThanOrEqual(t.height);
  }
}

describe.each(KINDS)('%s', (kind) => {
  it('is deterministic: the same seed gives the same bytes, another seed differs', async () => {
    const a = await gen(kind, 101, false);
    const b = await generateImage({ kind, seed: 101, clean: false, name: 'again', size: SIZE[kind] });
    const c = await gen(kind, 102, false);
    expect(b.bytes.equals(a.bytes)).toBe(true);
    expect(c.bytes.equals(a.bytes)).toBe(false);
    expect({ ...b.truth, file: '' }).toEqual({ ...a.truth, file: '' });
  });

  it('has identifiers with boxes inside the image and valid test-range NHS numbers', async () => {
    for (const seed of [101, 102]) {
      const { truth } = await gen(kind, seed, false);
      expect(truth.identifiable).toBe(true);
      expect(truth.hasText).toBe(true);
      expect(truth.identifiers.length).toBeGreaterThan(2);
      boxesInside(truth);
      for (const id of truth.identifiers.filter((i) => i.type === 'nhs-number')) {
        expect(isValidNhsNumber(id.text)).toBe(true);
        expect(isTestRangeNhsNumber(id.text)).toBe(true);
      }
      for (const id of truth.identifiers.filter((i) => i.type === 'chi-number')) expect(chiCheckDigitValid(id.text)).toBe(true);
      // Every identifier sits inside one of the recorded whole lines, which the rules-on-drawn-text check reads.
      for (const id of truth.identifiers) expect(truth.lines.some((l) => l.text.includes(id.text))).toBe(true);
    }
  });

  it('has a clean counterpart of the same size with no identifiers', async () => {
    const id = await gen(kind, 101, false);
    const clean = await gen(kind, 101, true);
    expect(clean.truth.identifiers).toEqual([]);
    expect(clean.truth.identifiable).toBe(false);
    expect(clean.truth.clean).toBe(true);
    expect([clean.truth.width, clean.truth.height]).toEqual([id.truth.width, id.truth.height]);
    expect(clean.bytes.equals(id.bytes)).toBe(false);
    boxesInside(clean.truth);
  });
});

describe('truth boxes on a PNG endoscopy frame', () => {
  it('cover bright ink, and the frame outside the scope is dark around them', async () => {
    const { bytes, truth } = await generateImage({ kind: 'endoscopy', seed: 7, clean: false, name: 'e', encode: { ext: 'png', quality: 100 } });
    const png = PNG.sync.read(bytes);
    const lum = (x: number, y: number): number => {
      const o = (y * png.width + x) * 4;
      return Math.max(png.data[o] ?? 0, png.data[o + 1] ?? 0, png.data[o + 2] ?? 0);
    };
    for (const { box: [x, y, w, h] } of truth.identifiers) {
      let max = 0;
      for (let yy = y; yy < y + h; yy++) for (let xx = x; xx < x + w; xx++) max = Math.max(max, lum(xx, yy));
      expect(max).toBeGreaterThan(150);
      // The row just above the box has no ink (text is drawn on the black surround).
      let above = 0;
      for (let xx = x; xx < x + w; xx++) above = Math.max(above, lum(xx, Math.max(0, y - 1)));
      expect(above).toBeLessThan(150);
    }
  });
});
