import { describe, expect, it } from 'vitest';
import { convexHull, insideQuad, minAreaRect, quadBounds, quadSize, rectQuad, turnQuad180, turnQuadToVertical, type Point } from '../../../lib/engine/text/geometry';
import { squareToQuad, warpGrey } from '../../../lib/engine/text/warp';
import type { RgbaImage } from '../../../lib/engine/image';

/** Pixel corners of a w×h block rotated by `deg` about (cx, cy). */
function rotatedBlock(cx: number, cy: number, w: number, h: number, deg: number): Point[] {
  const a = (deg * Math.PI) / 180;
  const pts: Point[] = [];
  for (const [u, v] of [[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2], [0, -h / 2], [0, h / 2]] as const) {
    pts.push([cx + u * Math.cos(a) - v * Math.sin(a), cy + u * Math.sin(a) + v * Math.cos(a)]);
  }
  return pts;
}

describe('minAreaRect', () => {
  it('recovers the angle and sides of a tilted line', () => {
    const r = minAreaRect(rotatedBlock(100, 50, 120, 14, 8));
    expect((r.angle * 180) / Math.PI).toBeCloseTo(8, 5);
    expect(r.width).toBeCloseTo(120, 5);
    expect(r.height).toBeCloseTo(14, 5);
    expect(r.cx).toBeCloseTo(100, 5);
    expect(r.cy).toBeCloseTo(50, 5);
  });

  it('folds the angle so the more horizontal side is the width, for either tilt', () => {
    const r = minAreaRect(rotatedBlock(0, 0, 120, 14, -12));
    expect((r.angle * 180) / Math.PI).toBeCloseTo(-12, 5);
    const tall = minAreaRect(rotatedBlock(0, 0, 14, 120, 5));
    expect((tall.angle * 180) / Math.PI).toBeCloseTo(5, 5);
    expect(tall.height).toBeCloseTo(120, 5);
  });

  it('gives axis-aligned text an axis-aligned rectangle', () => {
    const r = minAreaRect([[10, 10], [50, 10], [50, 20], [10, 20]]);
    expect(r.angle).toBe(0);
    expect(quadBounds(rectQuad(r))).toEqual([10, 10, 40, 10]);
  });
});

describe('convexHull and insideQuad', () => {
  it('drops inner points and tests containment for either winding', () => {
    const hull = convexHull([[0, 0], [10, 0], [10, 10], [0, 10], [5, 5], [5, 0]]);
    expect(hull).toHaveLength(4);
    const q = rectQuad({ cx: 50, cy: 50, width: 40, height: 10, angle: Math.PI / 6 });
    expect(insideQuad(q, [50, 50])).toBe(true);
    expect(insideQuad(q, [50, 62])).toBe(false);
    expect(insideQuad(turnQuad180(q), [50, 50])).toBe(true);
  });
});

describe('quad turns', () => {
  it('turns a quad over and to vertical reading without changing its corners', () => {
    const q = rectQuad({ cx: 0, cy: 0, width: 10, height: 40, angle: 0 });
    expect(quadSize(turnQuadToVertical(q))).toEqual({ width: 40, height: 10 });
    expect(turnQuad180(turnQuad180(q))).toEqual(q);
  });
});

describe('warpGrey', () => {
  it('maps the unit square onto a perspective quad exactly at the corners', () => {
    const map = squareToQuad([10, 20, 110, 30, 100, 80, 5, 60]);
    expect(map(0, 0)).toEqual([10, 20]);
    const [x, y] = map(1, 1);
    expect(x).toBeCloseTo(100, 9);
    expect(y).toBeCloseTo(80, 9);
  });

  it('straightens a tilted stripe: the stripe lands on the same rows of the crop', () => {
    const width = 200, height = 120;
    const data = new Uint8ClampedArray(width * height * 4).fill(255);
    const angle = (10 * Math.PI) / 180;
    // A dark stripe 6 px thick along a line through (100, 60) at 10°.
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const v = -(x + 0.5 - 100) * Math.sin(angle) + (y + 0.5 - 60) * Math.cos(angle);
        if (Math.abs(v) < 3) data.fill(0, (y * width + x) * 4, (y * width + x) * 4 + 3);
      }
    }
    const img: RgbaImage = { width, height, data };
    const q = rectQuad({ cx: 100, cy: 60, width: 120, height: 30, angle });
    const g = warpGrey(img, q, 120, 30);
    const rowMean = (r: number) => g.slice(r * 120 + 10, r * 120 + 110).reduce((s, v) => s + v, 0) / 100;
    expect(rowMean(15)).toBeLessThan(40);
    expect(rowMean(14)).toBeLessThan(40);
    expect(rowMean(5)).toBeGreaterThan(230);
    expect(rowMean(25)).toBeGreaterThan(230);
  });
});
