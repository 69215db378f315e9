import type { RawDetection } from './decode';

/** Intersection over union of two corner boxes; 0 when either is empty. */
export function iou(a: RawDetection, b: RawDetection): number {
  const inter = intersection(a, b);
  const union = area(a) + area(b) - inter;
  return union > 0 ? inter / union : 0;
}

/** Intersection area divided by the smaller box's area (1 when one box sits inside the other). */
export function overlapOfSmaller(a: RawDetection, b: RawDetection): number {
  const smaller = Math.min(area(a), area(b));
  return smaller > 0 ? intersection(a, b) / smaller : 0;
}

function area(d: RawDetection): number {
  return Math.max(0, d.x1 - d.x0) * Math.max(0, d.y1 - d.y0);
}

function intersection(a: RawDetection, b: RawDetection): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Non-maximum suppression. Boxes overlapping the best remaining box by IoU > `iouThreshold` form
 * one face; in 'weighted' mode (MediaPipe's WEIGHTED algorithm) their corners and keypoints are
 * averaged by score and the best score is kept. A box lying mostly (≥ `containThreshold` of its
 * area) inside a better box is also dropped, because tiles cut faces and leave partial boxes.
 * Pass `containThreshold` > 1 to disable that rule.
 */
export function nonMaxSuppression(
  detections: readonly RawDetection[],
  iouThreshold: number,
  mode: 'weighted' | 'plain',
  containThreshold = 0.8,
): RawDetection[] {
  let remaining = [...detections].sort((a, b) => b.score - a.score);
  const kept: RawDetection[] = [];
  while (remaining.length > 0) {
    const best = remaining[0]!;
    const same: RawDetection[] = [];
    const rest: RawDetection[] = [];
    for (const d of remaining) {
      const o = iou(best, d);
      if (d === best || o > iouThreshold) same.push(d);
      else if (overlapOfSmaller(best, d) >= containThreshold && d.score <= best.score) continue;
      else rest.push(d);
    }
    kept.push(mode === 'weighted' ? weightedMean(same, best.score) : best);
    remaining = rest;
  }
  return kept;
}

function weightedMean(group: readonly RawDetection[], score: number): RawDetection {
  if (group.length === 1) return group[0]!;
  const total = group.reduce((s, d) => s + d.score, 0);
  const avg = (pick: (d: RawDetection) => number): number => group.reduce((s, d) => s + pick(d) * d.score, 0) / total;
  const keypointCount = group[0]?.keypoints.length ?? 0;
  return {
    x0: avg((d) => d.x0),
    y0: avg((d) => d.y0),
    x1: avg((d) => d.x1),
    y1: avg((d) => d.y1),
    score,
    keypoints: Array.from({ length: keypointCount }, (_, k) => avg((d) => d.keypoints[k] ?? 0)),
  };
}
