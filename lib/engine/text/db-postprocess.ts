import type { Box } from '../report';
import { growRect, insideQuad, minAreaRect, quadBounds, rectQuad, type Point, type Quad } from './geometry';
import type { ProbabilityMap } from './types';

/** DB post-processing options. Defaults follow PaddleOCR unless stated. */
export interface DbOptions {
  /** Binarisation threshold on the probability map. Default 0.3 (`det_db_thresh`). */
  threshold?: number;
  /**
   * Drop components whose mean probability over their rectangle is below this.
   * Default 0.5, below PaddleOCR's 0.6 (`det_db_box_thresh`) because a missed
   * overlay line costs more than an extra redaction box.
   */
  boxThreshold?: number;
  /**
   * Grow each rectangle by `area × unclipRatio / perimeter` on every side (DB trains on
   * shrunk text). Default 1.6: PaddleOCR uses 1.5; a little more leaves a
   * redaction margin and room for the OCR crop without joining adjacent lines.
   */
  unclipRatio?: number;
  /** Drop rectangles whose short side (map pixels) is below this. Default 3. */
  minSize?: number;
  /** Stop after this many components. Default 1000. */
  maxCandidates?: number;
}

/** A detected line in image space: its rotated outline, the box around it and its mean detector probability. */
export interface ScoredBox {
  box: Box;
  score: number;
  /** The rotated outline; absent means the axis-aligned `box` itself. */
  quad?: Quad;
}

/** Maps map pixels to image pixels: image = origin + map × scale, clipped to `bounds`. */
export interface MapTransform {
  scaleX: number;
  scaleY: number;
  origin: [x: number, y: number];
  bounds: [width: number, height: number];
}

/** Mean probability inside a quad (PaddleOCR's box_score_fast, which masks the box with the polygon). */
function quadMean(map: ProbabilityMap, q: Quad): number {
  const [bx, by, bw, bh] = quadBounds(q, [map.width, map.height]);
  let sum = 0;
  let n = 0;
  for (let y = by; y < by + bh; y++) {
    for (let x = bx; x < bx + bw; x++) {
      if (!insideQuad(q, [x + 0.5, y + 0.5])) continue;
      sum += map.data[y * map.width + x]!;
      n++;
    }
  }
  return n > 0 ? sum / n : 0;
}

/**
 * Differentiable-binarisation post-processing with rotated geometry: binarise,
 * 8-connected components, minimum-area rectangle of each, score, unclip, map to the image.
 * Lines at an angle (wristbands, labels, slanted monitors) keep their own rectangles
 * instead of axis-aligned boxes that overlap the lines above and below.
 */
export function dbPostprocess(map: ProbabilityMap, transform: MapTransform, options: DbOptions = {}): ScoredBox[] {
  const { threshold = 0.3, boxThreshold = 0.5, unclipRatio = 1.6, minSize = 3, maxCandidates = 1000 } = options;
  const { width, height, data } = map;
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const rowMin = new Int32Array(height).fill(width);
  const rowMax = new Int32Array(height).fill(-1);
  const out: ScoredBox[] = [];
  let candidates = 0;
  for (let start = 0; start < width * height && candidates < maxCandidates; start++) {
    if (seen[start] || !(data[start]! > threshold)) continue;
    candidates++;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let y0 = height, y1 = -1;
    while (top > 0) {
      const p = stack[--top]!;
      const px = p % width;
      const py = (p - px) / width;
      if (px < rowMin[py]!) rowMin[py] = px;
      if (px > rowMax[py]!) rowMax[py] = px;
      if (py < y0) y0 = py;
      if (py > y1) y1 = py;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = py + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = px + dx;
          if (nx < 0 || nx >= width) continue;
          const q = ny * width + nx;
          if (!seen[q] && data[q]! > threshold) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
    }
    // Pixel corners of each row's extremes are enough for the hull.
    const points: Point[] = [];
    for (let y = y0; y <= y1; y++) {
      if (rowMax[y]! < 0) continue;
      points.push([rowMin[y]!, y], [rowMin[y]!, y + 1], [rowMax[y]! + 1, y], [rowMax[y]! + 1, y + 1]);
      rowMin[y] = width;
      rowMax[y] = -1;
    }
    const rect = minAreaRect(points);
    if (Math.min(rect.width, rect.height) < minSize) continue;
    const score = quadMean(map, rectQuad(rect));
    if (score < boxThreshold) continue;
    const d = (rect.width * rect.height * unclipRatio) / (2 * (rect.width + rect.height));
    if (Math.min(rect.width, rect.height) + 2 * d < minSize + 2) continue;
    const quad = toImage(rectQuad(growRect(rect, d, d)), transform);
    out.push({ box: quadBounds(quad, transform.bounds), score, quad });
  }
  return out;
}

function toImage(q: Quad, t: MapTransform): Quad {
  const [w, h] = t.bounds;
  return q.map((v, i) =>
    i % 2 === 0 ? Math.min(w, Math.max(0, t.origin[0] + v * t.scaleX)) : Math.min(h, Math.max(0, t.origin[1] + v * t.scaleY)),
  ) as Quad;
}
