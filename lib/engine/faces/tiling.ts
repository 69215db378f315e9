import { FACE_MODEL_SPECS, type FaceModel } from './anchors';
import type { Rect } from './letterbox';
import type { FaceDetectionOptions } from './options';

/** One model run over one source rectangle of the image. */
export interface FaceRun {
  model: FaceModel;
  rect: Rect;
  /** 0 for whole-image runs, then 1, 2, … from the coarsest tile level to the finest. */
  level: number;
}

/**
 * Smallest face side, in full-range model-input pixels, that the model still finds reliably:
 * a face from the face-api samples scored 0.50 at 12 px, 0.72 at 13.5 px and 0.87 at 16 px.
 */
export const MIN_FACE_MODEL_PX = 14;

/**
 * Model pixels a small face should have after a low-resolution image's tile is enlarged: enough
 * margin above {@link MIN_FACE_MODEL_PX} that blur from the enlargement still leaves a face.
 */
export const SMALL_IMAGE_FACE_MODEL_PX = 24;

/** Tile sizes grow by this factor per level; each level covers faces of 7–15 % of its tile side. */
const LEVEL_FACTOR = 2;

/** Evenly spaced starts of `count` windows of length `tile` covering [0, length). */
function starts(length: number, tile: number, overlap: number): number[] {
  if (tile >= length) return [0];
  const count = Math.ceil((length - tile) / (tile * (1 - overlap))) + 1;
  return Array.from({ length: count }, (_, i) => Math.round((i * (length - tile)) / (count - 1)));
}

function grid(width: number, height: number, tile: number, overlap: number, level: number): FaceRun[] {
  const tw = Math.min(tile, width), th = Math.min(tile, height);
  return starts(height, th, overlap).flatMap((y) =>
    starts(width, tw, overlap).map((x): FaceRun => ({ model: 'full', rect: { x, y, width: tw, height: th }, level })));
}

/**
 * Plans the model runs for one image: full-range on the whole (letterboxed) image; short-range on
 * the whole image for close-ups; and, when the long side reaches `tileFromLongSide`, square
 * full-range tiles, the finest sized so that a `minFaceSize` face is {@link MIN_FACE_MODEL_PX} model
 * pixels, then doubling while a tile is clearly (1.5×) smaller than the image. If the plan exceeds
 * `maxRuns`, the finest levels go first. Below `tileFromLongSide`, one level of enlarged tiles
 * looks for faces down to `minSmallImageFaceSize` (none when they would exceed `maxRuns`).
 */
export function planFaceRuns(width: number, height: number, options: Required<FaceDetectionOptions>): FaceRun[] {
  const whole: Rect = { x: 0, y: 0, width, height };
  const runs: FaceRun[] = [{ model: 'full', rect: whole, level: 0 }];
  if (options.useShortRange) runs.push({ model: 'short', rect: whole, level: 0 });
  const long = Math.max(width, height);
  if (long < options.tileFromLongSide) {
    // Low-resolution photos: the whole-image pass shrinks or barely enlarges, so faces of 15–25 px
    // (people in the background, an old group photo) fall below what the model sees.
    const tile = Math.round((options.minSmallImageFaceSize * FACE_MODEL_SPECS.full.inputSize) / SMALL_IMAGE_FACE_MODEL_PX);
    const tiles = Number.isFinite(tile) && tile * 1.5 < long ? grid(width, height, tile, options.tileOverlap, 1) : [];
    return runs.length + tiles.length <= options.maxRuns ? [...runs, ...tiles] : runs;
  }
  const finest = Math.max(FACE_MODEL_SPECS.full.inputSize, Math.round((options.minFaceSize * FACE_MODEL_SPECS.full.inputSize) / MIN_FACE_MODEL_PX));
  const sizes: number[] = [];
  for (let size = finest; size < long && (sizes.length === 0 || size * 1.5 < long); size *= LEVEL_FACTOR) sizes.unshift(size);
  const levels = sizes.map((size, i) => grid(width, height, size, options.tileOverlap, i + 1));
  while (levels.length > 0 && runs.length + levels.reduce((n, l) => n + l.length, 0) > options.maxRuns) levels.pop();
  return [...runs, ...levels.flat()];
}
