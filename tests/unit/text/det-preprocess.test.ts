import { describe, expect, it } from 'vitest';
import { detInputSize, prepareDetInput } from '../../../lib/engine/text/det-preprocess';
import { detRegions } from '../../../lib/engine/text/tiles';
import { resample } from '../../../lib/engine/text/resample';

describe('detInputSize', () => {
  it('limits the long side and rounds both sides to multiples of 32', () => {
    expect(detInputSize(4032, 3024)).toEqual([960, 736]);
    expect(detInputSize(1280, 1024)).toEqual([960, 768]);
    expect(detInputSize(100, 50)).toEqual([96, 64]);
    expect(detInputSize(10, 10)).toEqual([32, 32]);
  });
});

describe('prepareDetInput', () => {
  it('normalises in BGR order with ImageNet mean/std, NCHW', () => {
    const data = new Uint8ClampedArray(64 * 32 * 4);
    for (let i = 0; i < data.length; i += 4) data.set([255, 0, 0, 255], i);
    const input = prepareDetInput({ width: 64, height: 32, data });
    expect([input.width, input.height]).toEqual([64, 32]);
    const plane = 64 * 32;
    expect(input.data[0]).toBeCloseTo((0 - 0.406) / 0.225, 5);
    expect(input.data[plane]).toBeCloseTo((0 - 0.456) / 0.224, 5);
    expect(input.data[2 * plane]).toBeCloseTo((1 - 0.485) / 0.229, 5);
  });

  it('reports the scale and origin of a region', () => {
    const input = prepareDetInput({ width: 400, height: 300, data: new Uint8ClampedArray(400 * 300 * 4) }, 96, [100, 50, 192, 192]);
    expect([input.width, input.height, input.scaleX, input.origin]).toEqual([96, 96, 2, [100, 50]]);
  });
});

describe('resample', () => {
  it('averages areas when shrinking and keeps constants when enlarging', () => {
    const src = { width: 4, height: 2, channels: 1, data: Float32Array.from([0, 4, 8, 8, 0, 4, 8, 8]) };
    expect(Array.from(resample(src, 2, 1).data)).toEqual([2, 8]);
    const flat = resample({ width: 2, height: 2, channels: 1, data: Float32Array.from([7, 7, 7, 7]) }, 5, 3);
    expect(Array.from(flat.data).every((v) => Math.abs(v - 7) < 1e-5)).toBe(true);
  });
});

describe('detRegions', () => {
  it('uses one pass for ordinary frames', () => {
    expect(detRegions(1280, 1024)).toEqual([[0, 0, 1280, 1024]]);
  });

  it('adds overlapping tiles that cover a 4032×3024 photo', () => {
    const regions = detRegions(4032, 3024);
    expect(regions).toHaveLength(1 + 3 * 2);
    const tiles = regions.slice(1);
    expect(Math.max(...tiles.map((t) => t[0] + t[2]))).toBe(4032);
    expect(Math.max(...tiles.map((t) => t[1] + t[3]))).toBe(3024);
    const xs = [...new Set(tiles.map((t) => t[0]))];
    const width = tiles[0]![2];
    expect(xs[0]! + width - xs[1]!).toBeGreaterThanOrEqual(160);
    // Split evenly: three columns of about a third plus the overlap, not three of 1920.
    expect(width).toBeLessThanOrEqual(Math.ceil((4032 + 2 * 160) / 3));
    expect(tiles.every((t) => t[2] <= 1920 && t[3] <= 1920)).toBe(true);
    const area = tiles.reduce((a, t) => a + t[2] * t[3], 0);
    expect(area).toBeLessThan(1.25 * 4032 * 3024);
  });
});
