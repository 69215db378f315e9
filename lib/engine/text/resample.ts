/**
 * Separable resampling of interleaved float planes: exact area averaging when
 * shrinking (keeps thin strokes of small overlay text instead of aliasing them
 * away) and bilinear interpolation when enlarging.
 */

/** Pixels of `channels` interleaved float values, row-major. */
export interface FloatPlane {
  width: number;
  height: number;
  channels: number;
  data: Float32Array;
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
      for (let j = first; j <= last; j++) {
        weights[i * stride + j - first] = (Math.min(hi, j + 1) - Math.max(lo, j)) / scale;
      }
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

/** Resizes a plane to `width` × `height`. */
export function resample(src: FloatPlane, width: number, height: number): FloatPlane {
  const c = src.channels;
  const tx = taps(src.width, width);
  const ty = taps(src.height, height);
  const mid = new Float32Array(width * src.height * c);
  for (let y = 0; y < src.height; y++) {
    const row = y * src.width * c;
    for (let x = 0; x < width; x++) {
      const s = tx.start[x]!;
      const n = tx.count[x]!;
      for (let ch = 0; ch < c; ch++) {
        let acc = 0;
        for (let k = 0; k < n; k++) acc += src.data[row + (s + k) * c + ch]! * tx.weights[x * tx.stride + k]!;
        mid[(y * width + x) * c + ch] = acc;
      }
    }
  }
  const out = new Float32Array(width * height * c);
  for (let y = 0; y < height; y++) {
    const s = ty.start[y]!;
    const n = ty.count[y]!;
    for (let k = 0; k < n; k++) {
      const w = ty.weights[y * ty.stride + k]!;
      const srcRow = (s + k) * width * c;
      const dstRow = y * width * c;
      for (let i = 0; i < width * c; i++) out[dstRow + i] = out[dstRow + i]! + mid[srcRow + i]! * w;
    }
  }
  return { width, height, channels: c, data: out };
}
