import type { RgbaImage } from '../image';
import type { RawDetection } from './decode';

/** A source rectangle in whole image pixels, inside the image. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How a source rectangle was placed in a square model input: scaled to `contentWidth`×`contentHeight`
 * whole pixels and offset by whole-pixel padding, so mapping back is exact.
 */
export interface Letterbox {
  source: Rect;
  size: number;
  contentWidth: number;
  contentHeight: number;
  padX: number;
  padY: number;
}

/** Padding value in tensor space: -1 is black, as MediaPipe's BORDER_ZERO letterbox. */
const PAD_VALUE = -1;

/** Computes the aspect-preserving, centred fit of `source` into a `size`×`size` input. */
export function letterboxFor(source: Rect, size: number): Letterbox {
  const scale = Math.min(size / source.width, size / source.height);
  const contentWidth = Math.max(1, Math.min(size, Math.round(source.width * scale)));
  const contentHeight = Math.max(1, Math.min(size, Math.round(source.height * scale)));
  const padX = Math.floor((size - contentWidth) / 2), padY = Math.floor((size - contentHeight) / 2);
  return { source, size, contentWidth, contentHeight, padX, padY };
}

/** Per output index, the contributing source indices and weights (area average down, bilinear up). */
function axisWeights(srcStart: number, srcLen: number, dstLen: number, scale: number, limit: number) {
  const idx: number[][] = [];
  const wts: number[][] = [];
  for (let o = 0; o < dstLen; o++) {
    const i: number[] = [];
    const w: number[] = [];
    if (scale >= 1) {
      const s = Math.min(Math.max((o + 0.5) / scale - 0.5, 0), srcLen - 1);
      const f = Math.floor(s);
      const t = s - f;
      i.push(Math.min(srcStart + f, limit - 1), Math.min(srcStart + f + 1, srcStart + srcLen - 1, limit - 1));
      w.push(1 - t, t);
    } else {
      const a = o / scale, b = (o + 1) / scale;
      for (let s = Math.floor(a); s < Math.min(Math.ceil(b), srcLen); s++) {
        const cover = Math.min(b, s + 1) - Math.max(a, s);
        if (cover > 0) { i.push(Math.min(srcStart + s, limit - 1)); w.push(cover * scale); }
      }
    }
    const total = w.reduce((x, y) => x + y, 0) || 1;
    idx.push(i);
    wts.push(w.map((x) => x / total));
  }
  return { idx, wts };
}

/**
 * Resamples `lb.source` of `image` into a 1×3×size×size NCHW float tensor in [-1, 1], letterboxed
 * (centred, black padding). Downscaling averages areas so small faces are not lost to aliasing.
 */
export function letterboxTensor(image: RgbaImage, lb: Letterbox): Float32Array {
  const { size, source, contentWidth: w, contentHeight: h, padX: x0, padY: y0 } = lb;
  const plane = size * size;
  const out = new Float32Array(3 * plane).fill(PAD_VALUE);
  const cols = axisWeights(source.x, source.width, w, w / source.width, image.width);
  const rows = axisWeights(source.y, source.height, h, h / source.height, image.height);
  // Horizontal pass over only the source rows the vertical pass reads.
  const needed = new Map<number, Float32Array>();
  for (const list of rows.idx) for (const r of list) if (!needed.has(r)) needed.set(r, new Float32Array(3 * w));
  const data = image.data;
  for (const [r, buf] of needed) {
    const base = r * image.width * 4;
    for (let ox = 0; ox < w; ox++) {
      const ii = cols.idx[ox]!, ww = cols.wts[ox]!;
      let cr = 0, cg = 0, cb = 0;
      for (let k = 0; k < ii.length; k++) {
        const p = base + ii[k]! * 4, f = ww[k]!;
        cr += data[p]! * f; cg += data[p + 1]! * f; cb += data[p + 2]! * f;
      }
      buf[3 * ox] = cr; buf[3 * ox + 1] = cg; buf[3 * ox + 2] = cb;
    }
  }
  for (let oy = 0; oy < h; oy++) {
    const ii = rows.idx[oy]!, ww = rows.wts[oy]!;
    const rowBufs = ii.map((r) => needed.get(r)!);
    const o = (oy + y0) * size + x0;
    for (let ox = 0; ox < w; ox++) {
      let cr = 0, cg = 0, cb = 0;
      for (let k = 0; k < ii.length; k++) {
        const b = rowBufs[k]!, f = ww[k]!;
        cr += b[3 * ox]! * f; cg += b[3 * ox + 1]! * f; cb += b[3 * ox + 2]! * f;
      }
      out[o + ox] = cr / 127.5 - 1;
      out[plane + o + ox] = cg / 127.5 - 1;
      out[2 * plane + o + ox] = cb / 127.5 - 1;
    }
  }
  return out;
}

/** Maps a detection from normalised model-input space back to image pixels (unclipped). */
export function toImageSpace(d: RawDetection, lb: Letterbox): RawDetection {
  const sx = lb.contentWidth / lb.source.width, sy = lb.contentHeight / lb.source.height;
  const fx = (v: number): number => (v * lb.size - lb.padX) / sx + lb.source.x;
  const fy = (v: number): number => (v * lb.size - lb.padY) / sy + lb.source.y;
  return {
    x0: fx(d.x0), y0: fy(d.y0), x1: fx(d.x1), y1: fy(d.y1), score: d.score,
    keypoints: d.keypoints.map((v, i) => (i % 2 === 0 ? fx(v) : fy(v))),
  };
}
