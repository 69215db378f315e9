/**
 * Separable resampling of interleaved planes: exact area averaging when
 * shrinking (keeps thin strokes of small overlay text instead of aliasing them
 * away) and bilinear interpolation when enlarging. Works row by row so a 12 MP
 * photo never needs a full-size float copy.
 */
import type { RgbaImage } from '../image';
import type { Box } from '../report';

/** Interleaved pixels, row-major. */
export interface Plane<T extends ArrayLike<number> = ArrayLike<number>> {
  width: number;
  height: number;
  channels: number;
  data: T;
}

interface Taps {
  start: Int32Array;
  count: Int32Array;
  weights: Float32Array;
  stride: number;
}

function taps(src: number, dst: number): Taps {
  const scale = src / dst;
  const stride = scale > 1 ? Math.ceil(scale) + 2 : 2;
  const start = new Int32Array(dst);
  const count = new Int32Array(dst);
  const weights = new Float32Array(dst * stride);
  for (let i = 0; i < dst; i++) {
    if (scale > 1) {
      const lo = i * scale;
      const hi = lo + scale;
      const first = Math.floor(lo);
      const last = Math.min(src - 1, Math.ceil(hi) - 1);
      start[i] = first;
      count[i] = last - first + 1;
      for (let j = first; j <= last; j++) weights[i * stride + j - first] = (Math.min(hi, j + 1) - Math.max(lo, j)) / scale;
    } else {
      const centre = Math.min(src - 1, Math.max(0, (i + 0.5) * scale - 0.5));
      const first = Math.min(src - 1, Math.floor(centre));
      const frac = centre - first;
      start[i] = first;
      count[i] = first + 1 < src ? 2 : 1;
      weights[i * stride] = count[i] === 2 ? 1 - frac : 1;
      weights[i * stride + 1] = count[i] === 2 ? frac : 0;
    }
  }
  return { start, count, weights, stride };
}

/**
 * Resizes `region` of `src` (default: all of it) to `width` × `height`.
 * @param out destination, default a new Float32Array; a Uint8ClampedArray rounds and clamps.
 */
export function resample<T extends Float32Array | Uint8ClampedArray = Float32Array>(
  src: Plane,
  width: number,
  height: number,
  region: Box = [0, 0, src.width, src.height],
  out: T = new Float32Array(width * height * src.channels) as T,
): Plane<T> {
  const c = src.channels;
  const [rx, ry, rw, rh] = region;
  if (rw === width && rh === height) {
    for (let y = 0; y < height; y++) {
      const from = ((ry + y) * src.width + rx) * c;
      for (let i = 0; i < width * c; i++) out[y * width * c + i] = src.data[from + i]!;
    }
    return { width, height, channels: c, data: out };
  }
  const tx = taps(rw, width);
  const ty = taps(rh, height);
  const rowLen = width * c;
  // Horizontally resampled source rows, cached by row index (ring of tap-window size).
  const ring = new Float32Array(ty.stride * rowLen);
  const held = new Int32Array(ty.stride).fill(-1);
  const hrow = (sy: number): number => {
    const slot = sy % ty.stride;
    if (held[slot] === sy) return slot * rowLen;
    held[slot] = sy;
    const base = ((ry + sy) * src.width + rx) * c;
    for (let x = 0; x < width; x++) {
      const s = tx.start[x]!;
      const n = tx.count[x]!;
      for (let ch = 0; ch < c; ch++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += src.data[base + (s + k) * c + ch]! * tx.weights[x * tx.stride + k]!;
        ring[slot * rowLen + x * c + ch] = acc;
      }
    }
    return slot * rowLen;
  };
  const acc = new Float32Array(rowLen);
  for (let y = 0; y < height; y++) {
    acc.fill(0);
    for (let k = 0; k < ty.count[y]!; k++) {
      const w = ty.weights[y * ty.stride + k]!;
      const at = hrow(ty.start[y]! + k);
      for (let i = 0; i < rowLen; i++) acc[i] = acc[i]! + ring[at + i]! * w;
    }
    out.set(acc, y * rowLen);
  }
  return { width, height, channels: c, data: out };
}

/** `img` scaled by `s` (RGBA, rounded sizes). */
export function scaleImage(img: RgbaImage, s: number): RgbaImage {
  if (s === 1) return img;
  const width = Math.max(1, Math.round(img.width * s));
  const height = Math.max(1, Math.round(img.height * s));
  const out = new Uint8ClampedArray(width * height * 4);
  return { width, height, data: resample({ ...img, channels: 4 }, width, height, undefined, out).data };
}
