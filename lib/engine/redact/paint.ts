import type { RgbaImage } from '../image';
import type { Box, Quad } from '../report';
import { growRect, insideQuad, quadBounds, quadFrame, quadSize, rectQuad } from '../text/geometry';
import type { RedactionBox, RedactionKind, RedactOptions } from './types';

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A box with its kind and, for rotated text, its outline. */
export interface KindedBox {
  box: Box;
  kind: RedactionKind;
  quad?: Quad;
}

/** Normalises a box with its kind. */
export function toKinded(b: RedactionBox): KindedBox {
  return Array.isArray(b) ? { box: b as Box, kind: 'text' } : (b as KindedBox);
}

/** Grows a box by the margins, rounds outwards to whole pixels and clips it to the image. */
export function expandBox(box: Box, kind: RedactionKind, image: { width: number; height: number }, options: RedactOptions): Rect | undefined {
  const [x, y, w, h] = box;
  const ratio = kind === 'face' ? (options.faceMarginRatio ?? 0.15) : 0;
  const mx = (options.marginPx ?? 4) + w * ratio;
  const my = (options.marginPx ?? 4) + h * ratio;
  const rect = {
    x0: Math.max(0, Math.floor(x - mx)),
    y0: Math.max(0, Math.floor(y - my)),
    x1: Math.min(image.width, Math.ceil(x + w + mx)),
    y1: Math.min(image.height, Math.ceil(y + h + my)),
  };
  return rect.x1 > rect.x0 && rect.y1 > rect.y0 ? rect : undefined;
}

/**
 * A rotated line's outline grown by the margin: `marginPx` plus `lineMarginRatio` (default 0.2) of
 * the line height across it, half that ratio along it.
 */
export function expandQuad(quad: Quad, options: RedactOptions): Quad {
  const { width, height } = quadSize(quad);
  const f = quadFrame(quad);
  const angle = Math.atan2(f.u[1], f.u[0]);
  const cx = (quad[0] + quad[2] + quad[4] + quad[6]) / 4, cy = (quad[1] + quad[3] + quad[5] + quad[7]) / 4;
  const ratio = options.lineMarginRatio ?? 0.2;
  const margin = options.marginPx ?? 4;
  return rectQuad(growRect({ cx, cy, width, height, angle }, margin + (ratio / 2) * height, margin + ratio * height));
}

function fill(img: RgbaImage, r: Rect, [red, green, blue]: [number, number, number], mask?: Uint8Array): void {
  for (let y = r.y0; y < r.y1; y++) {
    for (let i = (y * img.width + r.x0) * 4, end = (y * img.width + r.x1) * 4; i < end; i += 4) {
      img.data[i] = red;
      img.data[i + 1] = green;
      img.data[i + 2] = blue;
      img.data[i + 3] = 255;
      if (mask) mask[i >> 2] = 1;
    }
  }
}

/** Fills every pixel whose area the quad touches (tested at the pixel's corners and centre). */
export function fillQuad(img: RgbaImage, quad: Quad, [red, green, blue]: [number, number, number], mask?: Uint8Array): void {
  const [bx, by, bw, bh] = quadBounds(quad, [img.width, img.height]);
  for (let y = by; y < by + bh; y++) {
    for (let x = bx; x < bx + bw; x++) {
      const touched =
        insideQuad(quad, [x + 0.5, y + 0.5]) || insideQuad(quad, [x, y]) || insideQuad(quad, [x + 1, y]) ||
        insideQuad(quad, [x, y + 1]) || insideQuad(quad, [x + 1, y + 1]);
      if (!touched) continue;
      const i = (y * img.width + x) * 4;
      img.data[i] = red;
      img.data[i + 1] = green;
      img.data[i + 2] = blue;
      img.data[i + 3] = 255;
      if (mask) mask[i >> 2] = 1;
    }
  }
}

/** Coarse blocks (at most 6 across the longer side) so no facial feature survives. */
function pixelate(img: RgbaImage, r: Rect, mask?: Uint8Array): void {
  const block = Math.max(8, Math.ceil(Math.max(r.x1 - r.x0, r.y1 - r.y0) / 6));
  for (let by = r.y0; by < r.y1; by += block) {
    for (let bx = r.x0; bx < r.x1; bx += block) {
      const cell = { x0: bx, y0: by, x1: Math.min(bx + block, r.x1), y1: Math.min(by + block, r.y1) };
      const sum = [0, 0, 0];
      for (let y = cell.y0; y < cell.y1; y++) {
        for (let x = cell.x0; x < cell.x1; x++) {
          const i = (y * img.width + x) * 4;
          for (let c = 0; c < 3; c++) sum[c] = (sum[c] ?? 0) + (img.data[i + c] ?? 0);
        }
      }
      const n = (cell.x1 - cell.x0) * (cell.y1 - cell.y0);
      fill(img, cell, [Math.round((sum[0] ?? 0) / n), Math.round((sum[1] ?? 0) / n), Math.round((sum[2] ?? 0) / n)], mask);
    }
  }
}

/** Paints one box onto `out` (in place), marking what it covered in `mask` when given. */
export function paintBox(out: RgbaImage, item: RedactionBox, options: RedactOptions, mask?: Uint8Array): void {
  const { box, kind, quad } = toKinded(item);
  const colour = options.colour ?? [0, 0, 0];
  if (kind === 'text' && quad) {
    fillQuad(out, expandQuad(quad, options), colour, mask);
    return;
  }
  const rect = expandBox(box, kind, out, options);
  if (!rect) return;
  if (kind === 'face' && options.faceStyle === 'pixelate') pixelate(out, rect, mask);
  else fill(out, rect, colour, mask);
}

/**
 * Returns a copy of `image` with every box covered: solid colour (default
 * black) plus a margin (default 4 px, faces also 15 % each side, rotated text
 * lines filled along their outline with room for ascenders and descenders);
 * faces optionally pixelated. The input is not modified.
 */
export function redactPixels(image: RgbaImage, boxes: readonly RedactionBox[], options: RedactOptions = {}): RgbaImage {
  const out: RgbaImage = { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
  for (const item of boxes) paintBox(out, item, options);
  return out;
}
