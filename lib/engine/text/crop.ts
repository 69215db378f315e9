import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { resample } from './resample';

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

/** A crop ready for OCR plus the mapping back to image space. */
export interface LineCrop {
  image: RgbaImage;
  origin: [x: number, y: number];
  scale: number;
  padding: number;
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

/** Luma of `box` in `img` as 0..255 floats. */
function grey(img: RgbaImage, [x0, y0, w, h]: Box): Float32Array {
  const out = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    let p = ((y0 + y) * img.width + x0) * 4;
    for (let x = 0; x < w; x++, p += 4) {
      out[y * w + x] = 0.299 * img.data[p]! + 0.587 * img.data[p + 1]! + 0.114 * img.data[p + 2]!;
    }
  }
  return out;
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

/**
 * Cuts `box` out of `img` as greyscale, inverts it when the background (the
 * median) is dark so OCR always sees dark text on white, scales it with
 * {@link cropScale} and pads it with white.
 */
export function cropLine(img: RgbaImage, box: Box, options: CropOptions = {}): LineCrop {
  const { targetHeight = 64, maxUpscale = 8, padding = 10 } = options;
  const [x0, y0, w, h] = box;
  const g = grey(img, box);
  if (median(g) < 128) for (let i = 0; i < g.length; i++) g[i] = 255 - g[i]!;
  const scale = cropScale(h, targetHeight, maxUpscale);
  const sw = Math.max(1, Math.round(w * scale));
  const sh = Math.max(1, Math.round(h * scale));
  const scaled = resample({ width: w, height: h, channels: 1, data: g }, sw, sh).data;
  const width = sw + 2 * padding;
  const height = sh + 2 * padding;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      const v = scaled[y * sw + x]!;
      const p = ((y + padding) * width + x + padding) * 4;
      data[p] = v;
      data[p + 1] = v;
      data[p + 2] = v;
    }
  }
  return { image: { width, height, data }, origin: [x0, y0], scale: sw / w, padding };
}

/** Maps a box in crop pixels back to image pixels, clipped to the crop's source box. */
export function cropBoxToImage(b: Box, crop: LineCrop, source: Box): Box {
  const s = crop.scale;
  const left = Math.max(source[0], Math.floor(crop.origin[0] + (b[0] - crop.padding) / s));
  const top = Math.max(source[1], Math.floor(crop.origin[1] + (b[1] - crop.padding) / s));
  const right = Math.min(source[0] + source[2], Math.ceil(crop.origin[0] + (b[0] + b[2] - crop.padding) / s));
  const bottom = Math.min(source[1] + source[3], Math.ceil(crop.origin[1] + (b[1] + b[3] - crop.padding) / s));
  return [left, top, Math.max(0, right - left), Math.max(0, bottom - top)];
}
