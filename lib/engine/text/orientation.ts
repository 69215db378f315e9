import type { RgbaImage } from '../image';
import { quadSize, type Quad } from './geometry';
import type { LineClassifierRunner } from './types';
import { warpGrey } from './warp';

/** Input size of `ch_ppocr_mobile_v2.0_cls` (PaddleOCR `cls_image_shape` 3,48,192). */
export const CLS_HEIGHT = 48;
export const CLS_WIDTH = 192;

/** Options for the 180° direction check. */
export interface OrientationOptions {
  /** Turn a line over when the classifier is at least this sure it is upside down. Default 0.9 (PaddleOCR `cls_thresh`). */
  flipAbove?: number;
}

/**
 * Prepares line crops for the classifier as PaddleOCR's ClsPredictor: straighten, scale to
 * 48 px high keeping the ratio (at most 192 wide), (v/255 − 0.5)/0.5, zeros to the right.
 */
export function prepareClsInput(image: RgbaImage, quads: readonly Quad[]): Float32Array {
  const plane = CLS_HEIGHT * CLS_WIDTH;
  const out = new Float32Array(quads.length * 3 * plane);
  quads.forEach((q, n) => {
    const { width, height } = quadSize(q);
    const w = Math.max(1, Math.min(CLS_WIDTH, Math.ceil((CLS_HEIGHT * width) / Math.max(1, height) - 1e-6)));
    const g = warpGrey(image, q, w, CLS_HEIGHT);
    for (let y = 0; y < CLS_HEIGHT; y++) {
      for (let x = 0; x < w; x++) {
        const v = g[y * w + x]! / 127.5 - 1;
        const at = n * 3 * plane + y * CLS_WIDTH + x;
        out[at] = v;
        out[at + plane] = v;
        out[at + 2 * plane] = v;
      }
    }
  });
  return out;
}

/** Which lines read upside down: one boolean per quad. Runs the classifier once for all lines. */
export async function upsideDown(image: RgbaImage, quads: readonly Quad[], runner: LineClassifierRunner, options: OrientationOptions = {}): Promise<boolean[]> {
  if (quads.length === 0) return [];
  const flipAbove = options.flipAbove ?? 0.9;
  const probs = await runner.classify(prepareClsInput(image, quads), quads.length);
  return quads.map((_, i) => probs[2 * i + 1]! >= flipAbove);
}
