import { describe, expect, it } from 'vitest';
import { iou, nonMaxSuppression, type RawDetection } from '../../../lib/engine/faces';

const det = (x0: number, y0: number, x1: number, y1: number, score: number): RawDetection => ({ x0, y0, x1, y1, score, keypoints: [x0, y0] });

describe('iou', () => {
  it('is 1 for identical boxes, 0 for disjoint ones and 1/7 for a half-shifted square', () => {
    expect(iou(det(0, 0, 10, 10, 1), det(0, 0, 10, 10, 1))).toBe(1);
    expect(iou(det(0, 0, 10, 10, 1), det(20, 20, 30, 30, 1))).toBe(0);
    expect(iou(det(0, 0, 10, 10, 1), det(5, 5, 15, 15, 1))).toBeCloseTo(25 / 175, 12);
  });
});

describe('nonMaxSuppression', () => {
  const a = det(0, 0, 10, 10, 0.9);
  const b = det(1, 1, 11, 11, 0.6); // IoU with a ≈ 0.68
  const far = det(50, 50, 60, 60, 0.7);

  it('plain mode keeps the best box of each cluster, best first', () => {
    expect(nonMaxSuppression([b, far, a], 0.3, 'plain')).toEqual([a, far]);
  });

  it('weighted mode averages a cluster by score and keeps the top score', () => {
    const [merged, other] = nonMaxSuppression([a, b, far], 0.3, 'weighted');
    expect(merged!.score).toBe(0.9);
    expect(merged!.x0).toBeCloseTo(0.6 / 1.5, 12);
    expect(merged!.x1).toBeCloseTo(10 + 0.6 / 1.5, 12);
    expect(merged!.keypoints[0]).toBeCloseTo(0.4, 12);
    expect(other).toEqual(far);
  });

  it('keeps boxes whose overlap is at or under the threshold', () => {
    const c = det(5, 5, 15, 15, 0.5); // IoU 1/7 with a
    expect(nonMaxSuppression([a, c], 0.3, 'plain')).toHaveLength(2);
    expect(nonMaxSuppression([a, c], 0.1, 'plain')).toHaveLength(1);
  });

  it('drops a lower-scored partial box lying inside a face box (tile cut), unless disabled', () => {
    const partial = det(0, 0, 4, 10, 0.8); // IoU 0.4 → with threshold 0.5 only containment removes it
    expect(nonMaxSuppression([a, partial], 0.5, 'plain')).toEqual([a]);
    expect(nonMaxSuppression([a, partial], 0.5, 'plain', 2)).toHaveLength(2);
  });
});
