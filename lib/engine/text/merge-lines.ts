import type { Box } from '../report';
import type { ScoredBox } from './db-postprocess';
import { boxQuad, corners, extentsIn, minAreaRect, quadFrame, quadSize, rectQuad, turnQuadToVertical, type Quad } from './geometry';

/** Options for joining detector boxes into text lines. */
export interface MergeOptions {
  /** Join boxes on one line when the horizontal gap is at most this × the smaller height. Default 0.8. */
  maxGapRatio?: number;
  /** Boxes are on one line when their vertical overlap is at least this × the smaller height. Default 0.6. */
  minVerticalOverlap?: number;
  /** Never join boxes whose heights differ by more than this factor. Default 1.8. */
  maxHeightRatio?: number;
  /** Join any two boxes whose intersection covers this share of the smaller one (tile duplicates). Default 0.5. */
  minContainment?: number;
}

/** Smallest box containing both. */
export function union(a: Box, b: Box): Box {
  const x = Math.min(a[0], b[0]);
  const y = Math.min(a[1], b[1]);
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}

/** Overlap length of [a0, a0+al) and [b0, b0+bl); negative when apart. */
function overlap(a0: number, al: number, b0: number, bl: number): number {
  return Math.min(a0 + al, b0 + bl) - Math.max(a0, b0);
}

/** Whether `a` and `b` belong to one text line (or are duplicates of one box). */
export function sameLine(a: Box, b: Box, o: Required<MergeOptions>): boolean {
  const ox = overlap(a[0], a[2], b[0], b[2]);
  const oy = overlap(a[1], a[3], b[1], b[3]);
  const minH = Math.min(a[3], b[3]);
  if (ox > 0 && oy > 0 && ox * oy >= o.minContainment * Math.min(a[2] * a[3], b[2] * b[3])) return true;
  if (Math.max(a[3], b[3]) > o.maxHeightRatio * minH) return false;
  return oy >= o.minVerticalOverlap * minH && -ox <= o.maxGapRatio * minH;
}

/** A line's outline: its quad, or its box when it has none. */
export function outline(b: ScoredBox): Quad {
  return b.quad ?? boxQuad(b.box);
}

/**
 * A line's outline with its top edge along the text: detector rectangles put their more horizontal
 * side first, so a line running up or down the image (a label turned a quarter) is turned to run
 * along its long side, as {@link readingQuad} reads it.
 */
export function alongText(q: Quad): Quad {
  const { width, height } = quadSize(q);
  return height >= 1.5 * width ? turnQuadToVertical(q) : q;
}

/**
 * {@link sameLine} measured in the frame of `a`'s text direction. Without turning tall lines, the
 * lines of a label turned a quarter sit side by side "on one row" and would be joined into a block.
 */
function sameLineInFrame(a: Quad, b: Quad, o: Required<MergeOptions>): boolean {
  const f = quadFrame(alongText(a));
  const toBox = ([u0, u1, v0, v1]: [number, number, number, number]): Box => [u0, v0, u1 - u0, v1 - v0];
  return sameLine(toBox(extentsIn(f, a)), toBox(extentsIn(f, b)), o);
}

/** Whether two detected lines are one line, judged along either one's direction. */
export function sameRotatedLine(a: Quad, b: Quad, o: Required<MergeOptions>): boolean {
  return sameLineInFrame(a, b, o) || sameLineInFrame(b, a, o);
}

/**
 * Joins word or fragment boxes into line boxes until nothing more joins, then
 * sorts them top to bottom, left to right. Keeps the highest score. Rotated lines
 * are compared along their own direction and joined into the minimum-area rectangle
 * around both, so tilted lines stacked close together stay apart.
 */
export function mergeLines(boxes: readonly ScoredBox[], options: MergeOptions = {}): ScoredBox[] {
  const o: Required<MergeOptions> = {
    maxGapRatio: options.maxGapRatio ?? 0.8,
    minVerticalOverlap: options.minVerticalOverlap ?? 0.6,
    maxHeightRatio: options.maxHeightRatio ?? 1.8,
    minContainment: options.minContainment ?? 0.5,
  };
  const lines = boxes.map((b) => ({ box: b.box, score: b.score, quad: outline(b), rotated: b.quad !== undefined }));
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const a = lines[i]!;
        const b = lines[j]!;
        if (!sameRotatedLine(a.quad, b.quad, o)) continue;
        const quad = rectQuad(minAreaRect([...corners(a.quad), ...corners(b.quad)]));
        lines[i] = { box: union(a.box, b.box), score: Math.max(a.score, b.score), quad, rotated: a.rotated || b.rotated };
        lines.splice(j, 1);
        changed = true;
        j = i;
      }
    }
  }
  return lines
    .map(({ box, score, quad, rotated }) => (rotated ? { box, score, quad } : { box, score }))
    .sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}
