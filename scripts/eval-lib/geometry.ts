/**
 * Pure box geometry for the evaluation: IoU, overlap, centre-inside and
 * how much of a box a set of rectangles covers. Boxes are [x, y, width, height].
 */
import type { Box } from '../../lib/engine/report';

/** Area of the intersection of two boxes (0 when they do not overlap). */
export function intersectionArea(a: Box, b: Box): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Intersection over union, 0..1. Two empty boxes give 0. */
export function iou(a: Box, b: Box): number {
  const inter = intersectionArea(a, b);
  const union = a[2] * a[3] + b[2] * b[3] - inter;
  return union > 0 ? inter / union : 0;
}

/** True when the boxes share any area. */
export function overlaps(a: Box, b: Box): boolean {
  return intersectionArea(a, b) > 0;
}

/** True when the centre of `inner` lies inside `outer` (edges included). */
export function centreInside(inner: Box, outer: Box): boolean {
  const cx = inner[0] + inner[2] / 2;
  const cy = inner[1] + inner[3] / 2;
  return cx >= outer[0] && cx <= outer[0] + outer[2] && cy >= outer[1] && cy <= outer[1] + outer[3];
}

/**
 * Share (0..1) of the whole pixels of `target` that lie inside at least one
 * of `cover` (the union, so overlapping covers are not counted twice).
 * A pixel (px, py) is the unit square from (px, py) to (px+1, py+1); it
 * counts when its centre is covered. An empty target gives 1.
 */
export function coverage(target: Box, cover: readonly Box[]): number {
  const x0 = Math.floor(target[0]);
  const y0 = Math.floor(target[1]);
  const w = Math.ceil(target[0] + target[2]) - x0;
  const h = Math.ceil(target[1] + target[3]) - y0;
  if (w <= 0 || h <= 0) return 1;
  const mask = new Uint8Array(w * h);
  for (const c of cover) {
    const cx0 = Math.max(0, Math.ceil(c[0] - 0.5) - x0);
    const cy0 = Math.max(0, Math.ceil(c[1] - 0.5) - y0);
    const cx1 = Math.min(w, Math.ceil(c[0] + c[2] - 0.5) - x0);
    const cy1 = Math.min(h, Math.ceil(c[1] + c[3] - 0.5) - y0);
    for (let y = cy0; y < cy1; y++) mask.fill(1, y * w + cx0, y * w + Math.max(cx0, cx1));
  }
  let filled = 0;
  for (const v of mask) filled += v;
  return filled / (w * h);
}
