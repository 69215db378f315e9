import type { Box } from '../report';
import type { ProbabilityMap } from './types';

/** DB post-processing options. Defaults follow PaddleOCR unless stated. */
export interface DbOptions {
  /** Binarisation threshold on the probability map. Default 0.3 (`det_db_thresh`). */
  threshold?: number;
  /**
   * Drop components whose mean probability over their box is below this.
   * Default 0.5, below PaddleOCR's 0.6 (`det_db_box_thresh`) because a missed
   * overlay line costs more than an extra redaction box.
   */
  boxThreshold?: number;
  /**
   * Grow each box by `area × unclipRatio / perimeter` on every side (DB trains on
   * shrunk text). Default 1.6: PaddleOCR uses 1.5; a little more leaves a
   * redaction margin and room for the OCR crop without joining adjacent lines.
   */
  unclipRatio?: number;
  /** Drop boxes whose short side (map pixels) is below this. Default 3. */
  minSize?: number;
  /** Stop after this many components. Default 1000. */
  maxCandidates?: number;
}

/** A box in image space with its mean detector probability. */
export interface ScoredBox {
  box: Box;
  score: number;
}

/** Maps map pixels to image pixels: image = origin + map × scale, clipped to `bounds`. */
export interface MapTransform {
  scaleX: number;
  scaleY: number;
  origin: [x: number, y: number];
  bounds: [width: number, height: number];
}

function boxMean(map: ProbabilityMap, x0: number, y0: number, x1: number, y1: number): number {
  let sum = 0;
  for (let y = y0; y <= y1; y++) {
    const row = y * map.width;
    for (let x = x0; x <= x1; x++) sum += map.data[row + x]!;
  }
  return sum / ((x1 - x0 + 1) * (y1 - y0 + 1));
}

/**
 * Differentiable-binarisation post-processing, axis-aligned (overlay text is
 * horizontal): binarise, 8-connected components, score, unclip, rescale.
 */
export function dbPostprocess(map: ProbabilityMap, transform: MapTransform, options: DbOptions = {}): ScoredBox[] {
  const { threshold = 0.3, boxThreshold = 0.5, unclipRatio = 1.6, minSize = 3, maxCandidates = 1000 } = options;
  const { width, height, data } = map;
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const out: ScoredBox[] = [];
  let candidates = 0;
  for (let start = 0; start < width * height && candidates < maxCandidates; start++) {
    if (seen[start] || !(data[start]! > threshold)) continue;
    candidates++;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let [x0, y0, x1, y1] = [width, height, -1, -1];
    while (top > 0) {
      const p = stack[--top]!;
      const px = p % width;
      const py = (p - px) / width;
      x0 = Math.min(x0, px); x1 = Math.max(x1, px);
      y0 = Math.min(y0, py); y1 = Math.max(y1, py);
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
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (Math.min(w, h) < minSize) continue;
    const score = boxMean(map, x0, y0, x1, y1);
    if (score < boxThreshold) continue;
    const d = (w * h * unclipRatio) / (2 * (w + h));
    if (Math.min(w, h) + 2 * d < minSize + 2) continue;
    out.push({ box: toImage(x0 - d, y0 - d, x1 + 1 + d, y1 + 1 + d, transform), score });
  }
  return out;
}

function toImage(x0: number, y0: number, x1: number, y1: number, t: MapTransform): Box {
  const left = Math.max(0, Math.floor(t.origin[0] + x0 * t.scaleX));
  const top = Math.max(0, Math.floor(t.origin[1] + y0 * t.scaleY));
  const right = Math.min(t.bounds[0], Math.ceil(t.origin[0] + x1 * t.scaleX));
  const bottom = Math.min(t.bounds[1], Math.ceil(t.origin[1] + y1 * t.scaleY));
  return [left, top, right - left, bottom - top];
}
