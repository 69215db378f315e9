import { describe, expect, it } from 'vitest';
import { dbPostprocess, type MapTransform } from '../../../lib/engine/text/db-postprocess';
import type { ProbabilityMap } from '../../../lib/engine/text/types';

function map(width: number, height: number, rects: [number, number, number, number, number][]): ProbabilityMap {
  const data = new Float32Array(width * height);
  for (const [x, y, w, h, p] of rects) {
    for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) data[j * width + i] = p;
  }
  return { data, width, height };
}

const identity: MapTransform = { scaleX: 1, scaleY: 1, origin: [0, 0], bounds: [200, 100] };

describe('dbPostprocess', () => {
  it('finds one box per component and unclips it by area × ratio / perimeter', () => {
    const boxes = dbPostprocess(map(200, 100, [[20, 10, 60, 10, 0.9], [20, 50, 30, 10, 0.8]]), identity, { unclipRatio: 1.5 });
    expect(boxes).toHaveLength(2);
    // 60×10: d = 600 × 1.5 / 140 ≈ 6.43
    expect(boxes[0]!.box).toEqual([13, 3, 74, 24]);
    expect(boxes[0]!.score).toBeCloseTo(0.9, 5);
  });

  it('drops components below the box threshold but keeps them when the threshold is lowered', () => {
    const m = map(200, 100, [[20, 10, 60, 10, 0.45]]);
    expect(dbPostprocess(m, identity, { boxThreshold: 0.6 })).toHaveLength(0);
    expect(dbPostprocess(m, identity, { boxThreshold: 0.4 })).toHaveLength(1);
  });

  it('ignores pixels at or below the binarisation threshold and components thinner than minSize', () => {
    const m = map(200, 100, [[20, 10, 60, 10, 0.3], [20, 50, 60, 2, 0.9]]);
    expect(dbPostprocess(m, identity)).toHaveLength(0);
  });

  it('joins diagonal neighbours (8-connectivity)', () => {
    const m = map(50, 50, [[5, 5, 5, 5, 0.9], [10, 10, 5, 5, 0.9]]);
    expect(dbPostprocess(m, { ...identity, bounds: [50, 50] }, { boxThreshold: 0.1 })).toHaveLength(1);
  });

  it('maps boxes to image space with scale and origin and clips to the image', () => {
    const m = map(100, 50, [[0, 0, 40, 10, 0.9]]);
    const t: MapTransform = { scaleX: 2, scaleY: 2, origin: [100, 10], bounds: [170, 1000] };
    const [b] = dbPostprocess(m, t, { unclipRatio: 1.5 });
    // d = 400 × 1.5 / 100 = 6 map px → 12 image px, clipped on the left at 100 - 12 ≥ 0 but right at 170.
    expect(b!.box).toEqual([88, 0, 82, 42]);
  });
});

describe('dbPostprocess with rotated text', () => {
  /** A map with a stripe `len`×`thick` at `deg` about (cx, cy). */
  function stripe(width: number, height: number, cx: number, cy: number, len: number, thick: number, deg: number): ProbabilityMap {
    const data = new Float32Array(width * height);
    const a = (deg * Math.PI) / 180;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const dx = x + 0.5 - cx, dy = y + 0.5 - cy;
        const u = dx * Math.cos(a) + dy * Math.sin(a), v = -dx * Math.sin(a) + dy * Math.cos(a);
        if (Math.abs(u) <= len / 2 && Math.abs(v) <= thick / 2) data[y * width + x] = Math.max(data[y * width + x]!, 0.9);
      }
    }
    return { data, width, height };
  }

  it('keeps three tilted lines apart whose axis-aligned boxes overlap', () => {
    const m = stripe(300, 200, 150, 60, 200, 6, 8);
    const add = (other: ProbabilityMap) => other.data.forEach((v, i) => (m.data[i] = Math.max(m.data[i]!, v)));
    add(stripe(300, 200, 150, 80, 200, 6, 8));
    add(stripe(300, 200, 150, 100, 200, 6, 8));
    const boxes = dbPostprocess(m, { ...identity, bounds: [300, 200] });
    expect(boxes).toHaveLength(3);
    for (const b of boxes) {
      const q = b.quad!;
      expect((Math.atan2(q[3] - q[1], q[2] - q[0]) * 180) / Math.PI).toBeCloseTo(8, 0);
    }
    // The boxes around them overlap: axis-aligned post-processing would have had to join them.
    expect(boxes[0]!.box[1] + boxes[0]!.box[3]).toBeGreaterThan(boxes[1]!.box[1]);
  });
});
