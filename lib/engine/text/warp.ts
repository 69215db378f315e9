import type { RgbaImage } from '../image';
import type { Point, Quad } from './geometry';

/** Maps the unit square (u, v) ∈ [0, 1]² onto a quad: (0,0) → top-left … (0,1) → bottom-left. */
export type SquareToQuad = (u: number, v: number) => Point;

/**
 * The projective map from the unit square onto `q` (Heckbert, "Fundamentals of Texture Mapping
 * and Image Warping", 1989, §2.2.3). Exact for rectangles, parallelograms and perspective quads.
 */
export function squareToQuad(q: Quad): SquareToQuad {
  const [x0, y0, x1, y1, x2, y2, x3, y3] = q;
  const sx = x0 - x1 + x2 - x3, sy = y0 - y1 + y2 - y3;
  let g = 0, h = 0;
  if (Math.abs(sx) > 1e-9 || Math.abs(sy) > 1e-9) {
    const dx1 = x1 - x2, dx2 = x3 - x2, dy1 = y1 - y2, dy2 = y3 - y2;
    const det = dx1 * dy2 - dx2 * dy1;
    if (Math.abs(det) > 1e-12) {
      g = (sx * dy2 - dx2 * sy) / det;
      h = (dx1 * sy - sx * dy1) / det;
    }
  }
  const a = x1 - x0 + g * x1, b = x3 - x0 + h * x3;
  const d = y1 - y0 + g * y1, e = y3 - y0 + h * y3;
  return (u, v) => {
    const w = g * u + h * v + 1;
    return [(a * u + b * v + x0) / w, (d * u + e * v + y0) / w];
  };
}

/** Luma of one pixel, 0..255. */
function luma(data: Uint8ClampedArray, i: number): number {
  return 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
}

/** Bilinear luma at continuous pixel-index coordinates, edges replicated. */
function sampleLuma(img: RgbaImage, x: number, y: number): number {
  const cx = Math.min(img.width - 1, Math.max(0, x));
  const cy = Math.min(img.height - 1, Math.max(0, y));
  const x0 = Math.floor(cx), y0 = Math.floor(cy);
  const x1 = Math.min(img.width - 1, x0 + 1), y1 = Math.min(img.height - 1, y0 + 1);
  const fx = cx - x0, fy = cy - y0;
  const row0 = y0 * img.width, row1 = y1 * img.width;
  const top = luma(img.data, (row0 + x0) * 4) * (1 - fx) + luma(img.data, (row0 + x1) * 4) * fx;
  const bottom = luma(img.data, (row1 + x0) * 4) * (1 - fx) + luma(img.data, (row1 + x1) * 4) * fx;
  return top * (1 - fy) + bottom * fy;
}

/**
 * Cuts the quad out of `img` as a `width` × `height` greyscale plane (0..255), straightened:
 * the quad's top edge becomes the top row. A perspective warp with bilinear sampling; when the
 * output is smaller than the quad, each output pixel averages a grid of samples so thin strokes survive.
 */
export function warpGrey(img: RgbaImage, quad: Quad, width: number, height: number): Float32Array {
  const map = squareToQuad(quad);
  const out = new Float32Array(width * height);
  const srcW = Math.hypot(quad[2] - quad[0], quad[3] - quad[1]);
  const srcH = Math.hypot(quad[6] - quad[0], quad[7] - quad[1]);
  const n = Math.max(1, Math.min(4, Math.ceil(Math.max(srcW / width, srcH / height))));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let sum = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          // Pixel (x, y) covers [x, x+1) in output space; pixel centres sit at +0.5 in image space.
          const [sx, sy] = map((x + (i + 0.5) / n) / width, (y + (j + 0.5) / n) / height);
          sum += sampleLuma(img, sx - 0.5, sy - 0.5);
        }
      }
      out[y * width + x] = sum / (n * n);
    }
  }
  return out;
}
