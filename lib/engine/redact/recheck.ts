import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { detectLines } from '../text/find-text';
import type { ScoredBox } from '../text/db-postprocess';
import type { TextDetectorRunner } from '../text/types';
import { paintBox } from './paint';
import type { RedactOptions } from './types';

/** Where to look again: painted areas grown by half their height (at least 16 px), joined when they touch. */
export function recheckRegions(mask: Uint8Array, width: number, height: number): Box[] {
  const regions: Box[] = [];
  // Bounding boxes of painted runs per row band keep this linear in the image size.
  const band = 32;
  for (let y0 = 0; y0 < height; y0 += band) {
    let x0 = width, x1 = -1, yTop = height, yBottom = -1;
    for (let y = y0; y < Math.min(height, y0 + band); y++) {
      const row = y * width;
      for (let x = 0; x < width; x++) {
        if (!mask[row + x]) continue;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < yTop) yTop = y;
        if (y > yBottom) yBottom = y;
      }
    }
    if (x1 >= 0) regions.push([x0, yTop, x1 - x0 + 1, yBottom - yTop + 1]);
  }
  const grown = regions.map(([x, y, w, h]): Box => {
    const m = Math.max(16, Math.round(h / 2));
    const left = Math.max(0, x - m), top = Math.max(0, y - m);
    return [left, top, Math.min(width, x + w + m) - left, Math.min(height, y + h + m) - top];
  });
  return joinTouching(grown);
}

function joinTouching(boxes: Box[]): Box[] {
  const out = [...boxes];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < out.length && !changed; i++) {
      for (let j = i + 1; j < out.length; j++) {
        const a = out[i]!, b = out[j]!;
        if (a[0] > b[0] + b[2] || b[0] > a[0] + a[2] || a[1] > b[1] + b[3] || b[1] > a[1] + a[3]) continue;
        const x = Math.min(a[0], b[0]), y = Math.min(a[1], b[1]);
        out[i] = [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
        out.splice(j, 1);
        changed = true;
        break;
      }
    }
  }
  return out;
}

function paintedInside(mask: Uint8Array, width: number, [x, y, w, h]: Box): boolean {
  for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) if (mask[j * width + i]) return true;
  return false;
}

function crop(img: RgbaImage, [x, y, w, h]: Box): RgbaImage {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let j = 0; j < h; j++) data.set(img.data.subarray(((y + j) * img.width + x) * 4, ((y + j) * img.width + x + w) * 4), j * w * 4);
  return { width: w, height: h, data };
}

/**
 * Runs the text detector once more around the painted areas of a redacted copy and covers every
 * line it still finds that touches paint: the top of a tall capital, a descender, the end of a
 * line the first outline cut short. Lines that touch no paint are the user's to keep. Paints
 * `out` in place; returns the number of extra lines covered.
 */
export async function coverResidue(out: RgbaImage, mask: Uint8Array, detector: TextDetectorRunner, options: RedactOptions): Promise<number> {
  let covered = 0;
  for (const region of recheckRegions(mask, out.width, out.height)) {
    const limit = Math.min(1280, Math.max(32, region[2], region[3]));
    const found: ScoredBox[] = await detectLines(crop(out, region), detector, { limitSideLen: limit, tileAbove: Infinity, boxThreshold: 0.4 });
    for (const line of found) {
      const shift = (v: number, i: number) => v + (i % 2 === 0 ? region[0] : region[1]);
      const box: Box = [line.box[0] + region[0], line.box[1] + region[1], line.box[2], line.box[3]];
      if (!paintedInside(mask, out.width, box)) continue;
      paintBox(out, { box, kind: 'text', ...(line.quad && { quad: line.quad.map(shift) as typeof line.quad }) }, options, mask);
      covered++;
    }
  }
  return covered;
}
