import { describe, expect, it } from 'vitest';
import { mergeLines } from '../../../lib/engine/text/merge-lines';
import type { Box } from '../../../lib/engine/report';
import { quadBounds, quadSize, rectQuad } from '../../../lib/engine/text/geometry';

const boxes = (...bs: Box[]) => bs.map((box) => ({ box, score: 0.9 }));

describe('mergeLines', () => {
  it('joins words on one line separated by a small gap', () => {
    expect(mergeLines(boxes([10, 10, 50, 20], [70, 11, 40, 20])).map((b) => b.box)).toEqual([[10, 10, 100, 21]]);
  });

  it('keeps stacked lines apart even when their boxes touch', () => {
    expect(mergeLines(boxes([10, 10, 100, 20], [10, 28, 100, 20]))).toHaveLength(2);
  });

  it('keeps distant columns apart', () => {
    expect(mergeLines(boxes([10, 10, 50, 20], [200, 10, 50, 20]))).toHaveLength(2);
  });

  it('joins duplicates from overlapping tiles and a fragment cut by a tile edge', () => {
    const out = mergeLines(boxes([10, 10, 100, 20], [12, 11, 98, 19], [105, 10, 60, 20]));
    expect(out.map((b) => b.box)).toEqual([[10, 10, 155, 20]]);
  });

  it('does not join text of very different heights', () => {
    expect(mergeLines(boxes([10, 10, 50, 20], [62, 0, 50, 60]))).toHaveLength(2);
  });

  it('sorts lines top to bottom, then left to right', () => {
    const out = mergeLines(boxes([300, 50, 50, 20], [10, 50, 50, 20], [10, 5, 50, 20]));
    expect(out.map((b) => b.box[0] + ',' + b.box[1])).toEqual(['10,5', '10,50', '300,50']);
  });
});

describe('mergeLines with rotated lines', () => {
  const at = (cx: number, cy: number, width: number, height: number, deg: number) => {
    const quad = rectQuad({ cx, cy, width, height, angle: (deg * Math.PI) / 180 });
    return { box: quadBounds(quad), score: 0.9, quad };
  };

  it('keeps stacked tilted lines apart and joins two fragments of one tilted line', () => {
    const a = (12 * Math.PI) / 180;
    const left = at(100, 100, 80, 16, 12);
    const right = at(100 + 90 * Math.cos(a), 100 + 90 * Math.sin(a), 80, 16, 12);
    const below = at(100 - 22 * Math.sin(a), 100 + 22 * Math.cos(a), 80, 16, 12);
    const out = mergeLines([left, right, below]);
    expect(out).toHaveLength(2);
    const joined = out.find((l) => quadSize(l.quad!).width > 150)!;
    expect(quadSize(joined.quad!).width).toBeCloseTo(170, 0);
    expect(quadSize(joined.quad!).height).toBeCloseTo(16, 0);
  });

  it('keeps the lines of a label turned a quarter apart and joins fragments along such a line', () => {
    // Detector rectangles keep their more horizontal side as width: a line running down the image is
    // 16 wide and 200 tall. Four such lines 22 px apart side by side, as on a pot photographed on its side.
    const lines = [0, 1, 2, 3].map((i) => at(100 + 22 * i, 200, 16, 200, 3));
    expect(mergeLines(lines)).toHaveLength(4);
    // Two fragments of one vertical line, one above the other with a small gap, are one line.
    const joined = mergeLines([at(100, 100, 16, 80, 0), at(100, 190, 16, 80, 0)]);
    expect(joined).toHaveLength(1);
    expect(joined[0]!.box[3]).toBeCloseTo(170, 0);
  });
});
