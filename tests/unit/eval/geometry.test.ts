import { describe, expect, it } from 'vitest';
import { centreInside, coverage, intersectionArea, iou, overlaps } from '../../../scripts/eval-lib/geometry';

describe('iou', () => {
  it('is 1 for the same box and 0 for disjoint boxes', () => {
    expect(iou([0, 0, 10, 10], [0, 0, 10, 10])).toBe(1);
    expect(iou([0, 0, 10, 10], [20, 20, 5, 5])).toBe(0);
  });
  it('is intersection over union for a half overlap', () => {
    // 50 shared of 150 in the union
    expect(iou([0, 0, 10, 10], [5, 0, 10, 10])).toBeCloseTo(50 / 150);
  });
  it('treats touching edges as no overlap', () => {
    expect(intersectionArea([0, 0, 10, 10], [10, 0, 10, 10])).toBe(0);
    expect(overlaps([0, 0, 10, 10], [10, 0, 10, 10])).toBe(false);
    expect(overlaps([0, 0, 10, 10], [9, 9, 10, 10])).toBe(true);
  });
  it('gives 0 rather than NaN for empty boxes', () => {
    expect(iou([0, 0, 0, 0], [0, 0, 0, 0])).toBe(0);
  });
});

describe('centreInside', () => {
  it('checks the inner centre against the outer box', () => {
    expect(centreInside([40, 40, 20, 20], [0, 0, 100, 100])).toBe(true);
    expect(centreInside([90, 90, 40, 40], [0, 0, 100, 100])).toBe(false);
  });
});

describe('coverage', () => {
  it('is 1 when a cover contains the target and 0 with no covers', () => {
    expect(coverage([10, 10, 20, 5], [[0, 0, 100, 100]])).toBe(1);
    expect(coverage([10, 10, 20, 5], [])).toBe(0);
  });
  it('counts the covered share of pixels', () => {
    expect(coverage([0, 0, 10, 10], [[0, 0, 5, 10]])).toBeCloseTo(0.5);
    expect(coverage([0, 0, 10, 10], [[0, 0, 10, 9]])).toBeCloseTo(0.9);
  });
  it('does not double-count overlapping covers', () => {
    expect(coverage([0, 0, 10, 10], [[0, 0, 6, 10], [4, 0, 2, 10]])).toBeCloseTo(0.6);
    expect(coverage([0, 0, 10, 10], [[0, 0, 6, 10], [4, 0, 6, 10]])).toBe(1);
  });
  it('ignores covers outside the target, including ones that only touch it', () => {
    expect(coverage([10, 10, 10, 10], [[0, 0, 10, 10], [20, 10, 5, 5]])).toBe(0);
  });
  it('misses a one-pixel strip left open by a cover one pixel short', () => {
    expect(coverage([0, 0, 100, 10], [[1, 0, 99, 10]])).toBeCloseTo(0.99);
  });
});
