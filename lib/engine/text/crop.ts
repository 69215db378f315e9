import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { boxQuad, quadBounds, quadSize, type Quad } from './geometry';
import { squareToQuad, warpGrey, type SquareToQuad } from './warp';

/** How line crops are prepared for single-line OCR. */
export interface CropOptions {
  /**
   * Scale crops so the detector box is about this tall. Default 64 px: the box
   * includes the unclip margin, so text caps end up near 25 px, where tesseract's
   * LSTM reads better (48 px: 19/24 identifier lines read, 72 px: 20/24 on our
   * synthetic frames; see the report in models/text-detector.md).
   */
  targetHeight?: number;
  /** Largest enlargement. Default 8. */
  maxUpscale?: number;
  /** White border added around the crop, in output pixels. Default 10. */
  padding?: number;
}

/** A straightened crop ready for OCR plus the mapping back to image space. */
export interface LineCrop {
  image: RgbaImage;
  /** The outline the crop was cut from, top edge first. */
  quad: Quad;
  /** Output pixels per source pixel. */
  scale: number;
  padding: number;
  /** Size of the straightened line inside the padding. */
  inner: [width: number, height: number];
}

/**
 * Scale factor for a box `height` px tall: enlarge to `targetHeight` (at most
 * `maxUpscale` times), leave alone up to 3× the target, otherwise shrink to 3× target.
 */
export function cropScale(height: number, targetHeight = 64, maxUpscale = 8): number {
  if (height <= 0) return 1;
  if (height < targetHeight) return Math.min(maxUpscale, targetHeight / height);
  return height > 3 * targetHeight ? (3 * targetHeight) / height : 1;
}

function median(values: Float32Array): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < values.length; i++) hist[Math.min(255, Math.max(0, Math.round(values[i]!)))]!++;
  let seen = 0;
  for (let i = 0; i < 256; i++) {
    seen += hist[i]!;
    if (seen * 2 >= values.length) return i;
  }
  return 255;
}

const isQuad = (shape: Box | Quad): shape is Quad => shape.length === 8;

/**
 * Cuts the line out of `img` as greyscale, straightened along its outline (a box or a rotated
 * quad, top edge first), inverts it when the background (the median) is dark so OCR always sees
 * dark text on white, scales it with {@link cropScale} and pads it with white.
 */
export function cropLine(img: RgbaImage, shape: Box | Quad, options: CropOptions = {}): LineCrop {
  const { targetHeight = 64, maxUpscale = 8, padding = 10 } = options;
  const quad = isQuad(shape) ? shape : boxQuad(shape);
  const size = quadSize(quad);
  const scale = cropScale(size.height, targetHeight, maxUpscale);
  const sw = Math.max(1, Math.round(size.width * scale));
  const sh = Math.max(1, Math.round(size.height * scale));
  const g = warpGrey(img, quad, sw, sh);
  if (median(g) < 128) for (let i = 0; i < g.length; i++) g[i] = 255 - g[i]!;
  const width = sw + 2 * padding;
  const height = sh + 2 * padding;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const v = g[y * sw + x]!;
      const p = ((y + padding) * width + x + padding) * 4;
      data[p] = v;
      data[p + 1] = v;
      data[p + 2] = v;
    }
  }
  return { image: { width, height, data }, quad, scale: size.width > 0 ? sw / size.width : scale, padding, inner: [sw, sh] };
}

/** Maps crop pixels back to image pixels through the crop's warp. */
export function cropToImage(crop: LineCrop): SquareToQuad {
  const map = squareToQuad(crop.quad);
  const [w, h] = crop.inner;
  return (x, y) => map((x - crop.padding) / w, (y - crop.padding) / h);
}

/** Maps a box in crop pixels back to the image-pixel box around it, clipped to the crop's source box. */
export function cropBoxToImage(b: Box, crop: LineCrop, source: Box): Box {
  const toImage = cropToImage(crop);
  const corners = [toImage(b[0], b[1]), toImage(b[0] + b[2], b[1]), toImage(b[0] + b[2], b[1] + b[3]), toImage(b[0], b[1] + b[3])];
  const [x, y, w, h] = quadBounds(corners.flat() as Quad);
  const left = Math.max(source[0], x), top = Math.max(source[1], y);
  const right = Math.min(source[0] + source[2], x + w), bottom = Math.min(source[1] + source[3], y + h);
  return [left, top, Math.max(0, right - left), Math.max(0, bottom - top)];
}
