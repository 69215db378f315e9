import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { resample } from './resample';

/** ImageNet statistics in the BGR channel order PaddleOCR feeds the model (cv2 loads BGR). */
const MEAN_BGR = [0.406, 0.456, 0.485] as const;
const STD_BGR = [0.225, 0.224, 0.229] as const;

/** A prepared det input and how to map it back to the source image. */
export interface DetInput {
  /** NCHW float32, shape [1, 3, height, width], BGR. */
  data: Float32Array;
  width: number;
  height: number;
  /** Source pixels per input pixel, horizontally and vertically. */
  scaleX: number;
  scaleY: number;
  /** Where the input was cut from, in source pixels. */
  origin: [x: number, y: number];
}

/**
 * Size of the det input for a `width` × `height` region, as PaddleOCR's
 * DetResizeForTest with `limit_type = 'max'`: shrink so the long side is at most
 * `limitSideLen`, then round each side to a multiple of 32 (at least 32).
 */
export function detInputSize(width: number, height: number, limitSideLen = 960): [number, number] {
  const ratio = Math.max(width, height) > limitSideLen ? limitSideLen / Math.max(width, height) : 1;
  const round32 = (v: number): number => Math.max(32, Math.round((v * ratio) / 32) * 32);
  return [round32(width), round32(height)];
}

/**
 * Prepares a region of `img` (default: all of it) for the PP-OCRv4 det model:
 * resize (see {@link detInputSize}), /255, ImageNet mean/std, BGR, NCHW.
 * @param limitSideLen long-side limit, default 960 (PaddleOCR `det_limit_side_len`)
 */
export function prepareDetInput(img: RgbaImage, limitSideLen = 960, region?: Box): DetInput {
  const r: Box = region ?? [0, 0, img.width, img.height];
  const [width, height] = detInputSize(r[2], r[3], limitSideLen);
  const rgba = resample({ ...img, channels: 4 }, width, height, r).data;
  const plane = width * height;
  const data = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) {
    for (let c = 0; c < 3; c++) {
      data[c * plane + i] = (rgba[i * 4 + 2 - c]! / 255 - MEAN_BGR[c]!) / STD_BGR[c]!;
    }
  }
  return { data, width, height, scaleX: r[2] / width, scaleY: r[3] / height, origin: [r[0], r[1]] };
}
