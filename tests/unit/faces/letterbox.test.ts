import { describe, expect, it } from 'vitest';
import { letterboxFor, letterboxTensor, toImageSpace } from '../../../lib/engine/faces';
import { blank } from './support';

describe('letterboxFor', () => {
  it('fits the long side and centres the short side with whole-pixel padding', () => {
    expect(letterboxFor({ x: 0, y: 0, width: 400, height: 200 }, 192)).toEqual({
      source: { x: 0, y: 0, width: 400, height: 200 }, size: 192, contentWidth: 192, contentHeight: 96, padX: 0, padY: 48,
    });
    const tall = letterboxFor({ x: 10, y: 20, width: 100, height: 301 }, 128);
    expect(tall.contentHeight).toBe(128);
    expect(tall.contentWidth).toBe(43);
    expect(tall.padX).toBe(42);
  });
});

describe('letterboxTensor', () => {
  it('writes NCHW RGB in [-1, 1] and pads with -1 (black)', () => {
    const image = blank(40, 20, () => [255, 0, 51]);
    const t = letterboxTensor(image, letterboxFor({ x: 0, y: 0, width: 40, height: 20 }, 8));
    const plane = 64;
    expect(t.length).toBe(3 * plane);
    // Rows 0–1 and 6–7 are padding, rows 2–5 content.
    expect(Array.from(t.subarray(0, 16))).toEqual(new Array(16).fill(-1));
    expect(t[2 * 8 + 3]).toBeCloseTo(1, 6);
    expect(t[plane + 2 * 8 + 3]).toBeCloseTo(-1, 6);
    expect(t[2 * plane + 2 * 8 + 3]).toBeCloseTo(51 / 127.5 - 1, 6);
    expect(t[7 * 8]).toBe(-1);
  });

  it('averages areas when shrinking, so a 1-pixel stripe pattern becomes mid-grey', () => {
    const image = blank(64, 64, (x) => (x % 2 === 0 ? [0, 0, 0] : [255, 255, 255]));
    const t = letterboxTensor(image, letterboxFor({ x: 0, y: 0, width: 64, height: 64 }, 16));
    for (const v of t) expect(v).toBeCloseTo(0, 5);
  });

  it('reads only the source rectangle', () => {
    const image = blank(100, 100, (x) => (x < 50 ? [0, 0, 0] : [255, 255, 255]));
    const t = letterboxTensor(image, letterboxFor({ x: 50, y: 0, width: 50, height: 50 }, 10));
    for (const v of t) expect(v).toBeCloseTo(1, 5);
  });
});

describe('toImageSpace', () => {
  it('undoes padding, scale and the source offset', () => {
    const lb = letterboxFor({ x: 1000, y: 500, width: 400, height: 200 }, 192); // scale 0.48, padY 48
    const d = toImageSpace({ x0: 0, y0: 0.25, x1: 0.5, y1: 0.75, score: 0.9, keypoints: [0.5, 0.5] }, lb);
    expect(d.x0).toBeCloseTo(1000, 9);
    expect(d.y0).toBeCloseTo(500, 9);
    expect(d.x1).toBeCloseTo(1200, 9);
    expect(d.y1).toBeCloseTo(700, 9);
    expect(d.keypoints).toEqual([expect.closeTo(1200, 9), expect.closeTo(600, 9)]);
    expect(d.score).toBe(0.9);
  });
});
