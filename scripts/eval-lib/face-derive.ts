/**
 * Makes the derived face photos of tests/fixtures/faces/annotations.json from the real ones: a surgical
 * mask or sunglasses drawn over hand-boxed faces, a halftone print, the photo shrunk into a larger frame
 * (small faces), or cropped so the frame cuts a face. Boxes go through the same transform as the pixels.
 * Deterministic: the same photo and op give the same bytes.
 */
import sharp from 'sharp';
import type { Box } from '../../lib/engine/report';

/** What to do to a photo, applied in this order: upscale, crop, shrink, mask, sunglasses, grey or halftone. */
export interface DeriveOp {
  /** Enlarge by this factor first (for tiny photos before a halftone). */
  upscale?: number;
  /** Keep [x, y, width, height] of the photo. */
  crop?: Box;
  /** Shrink by this factor and centre on a canvas of the original size (grey background). */
  shrink?: number;
  /** Indices of faces to cover with a surgical mask (lower half of the face). */
  mask?: number[];
  /** Indices of faces to cover with dark glasses. */
  sunglasses?: number[];
  /** Print the photo as a grey halftone with this cell size in px. */
  halftone?: number;
  /** Make the photo black and white (grey levels). */
  grey?: boolean;
}

/** A face box with its tags. */
export interface TaggedFace {
  box: Box;
  tags: string[];
}

/** A share of a face must stay in frame after a crop for it still to count as a face. */
const MIN_VISIBLE_SHARE = 0.4;

function maskSvg(faces: readonly Box[]): string {
  return faces.map(([x, y, w, h]) => {
    const top = y + h * 0.52, bottom = y + h * 1.02, left = x + w * 0.1, right = x + w * 0.9;
    const pleats = [0.3, 0.5, 0.7].map((f) => {
      const py = top + (bottom - top) * f;
      return `<line x1="${left + w * 0.04}" y1="${py}" x2="${right - w * 0.04}" y2="${py}" stroke="#7fa9c4" stroke-width="${Math.max(1, h * 0.012)}"/>`;
    }).join('');
    const straps = `<line x1="${left}" y1="${top + (bottom - top) * 0.2}" x2="${x}" y2="${y + h * 0.42}" stroke="#e8f0f4" stroke-width="${Math.max(1, h * 0.015)}"/>` +
      `<line x1="${right}" y1="${top + (bottom - top) * 0.2}" x2="${x + w}" y2="${y + h * 0.42}" stroke="#e8f0f4" stroke-width="${Math.max(1, h * 0.015)}"/>`;
    return `<rect x="${left}" y="${top}" width="${right - left}" height="${bottom - top}" rx="${w * 0.12}" fill="#a9cde3"/>${pleats}${straps}`;
  }).join('');
}

function sunglassesSvg(faces: readonly Box[]): string {
  return faces.map(([x, y, w, h]) => {
    const cy = y + h * 0.46, rx = w * 0.17, ry = h * 0.08;
    const lens = (cx: number) => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#111" fill-opacity="0.93"/>`;
    return `${lens(x + w * 0.3)}${lens(x + w * 0.7)}<line x1="${x + w * 0.46}" y1="${cy}" x2="${x + w * 0.54}" y2="${cy}" stroke="#111" stroke-width="${Math.max(1, h * 0.015)}"/>`;
  }).join('');
}

/** Grey halftone: each cell becomes a black dot whose area matches the cell's darkness. */
function halftone(grey: Buffer, width: number, height: number, cell: number): Buffer {
  const out = Buffer.alloc(width * height, 255);
  for (let cy = 0; cy < height; cy += cell) {
    for (let cx = 0; cx < width; cx += cell) {
      let sum = 0, n = 0;
      for (let y = cy; y < Math.min(height, cy + cell); y++) for (let x = cx; x < Math.min(width, cx + cell); x++) { sum += grey[y * width + x] ?? 0; n++; }
      const darkness = 1 - sum / n / 255;
      const r = Math.sqrt(darkness / Math.PI) * cell;
      const mx = cx + cell / 2, my = cy + cell / 2;
      for (let y = cy; y < Math.min(height, cy + cell); y++) {
        for (let x = cx; x < Math.min(width, cx + cell); x++) if (Math.hypot(x + 0.5 - mx, y + 0.5 - my) <= r) out[y * width + x] = 0;
      }
    }
  }
  return out;
}

function clipFace(face: TaggedFace, [cx, cy, cw, ch]: Box): TaggedFace | undefined {
  const [x, y, w, h] = face.box;
  const x0 = Math.max(x, cx), y0 = Math.max(y, cy), x1 = Math.min(x + w, cx + cw), y1 = Math.min(y + h, cy + ch);
  if (x1 <= x0 || y1 <= y0 || ((x1 - x0) * (y1 - y0)) / (w * h) < MIN_VISIBLE_SHARE) return undefined;
  const cut = x1 - x0 < w || y1 - y0 < h;
  return { box: [x0 - cx, y0 - cy, x1 - x0, y1 - y0], tags: cut ? [...face.tags, 'cut'] : face.tags };
}

/**
 * Applies `op` to the photo at `path` and returns the JPEG bytes with the faces as they now are
 * (moved, scaled, tagged "mask", "sunglasses", "halftone", "cut"; dropped if mostly out of frame).
 */
export async function deriveFacePhoto(path: string, faces: readonly TaggedFace[], op: DeriveOp): Promise<{ bytes: Buffer; faces: TaggedFace[] }> {
  let img = sharp(path).removeAlpha();
  const meta = await img.metadata();
  let width = meta.width ?? 0, height = meta.height ?? 0;
  let current = faces.map((f) => ({ box: [...f.box] as Box, tags: [...f.tags] }));
  if (op.upscale) {
    width = Math.round(width * op.upscale); height = Math.round(height * op.upscale);
    img = sharp(await img.resize(width, height, { kernel: 'lanczos3' }).png().toBuffer());
    current = current.map((f) => ({ ...f, box: f.box.map((v) => Math.round(v * (op.upscale ?? 1))) as Box }));
  }
  if (op.crop) {
    const [x, y, w, h] = op.crop;
    img = sharp(await img.extract({ left: x, top: y, width: w, height: h }).png().toBuffer());
    width = w; height = h;
    current = current.flatMap((f) => clipFace(f, op.crop as Box) ?? []);
  }
  if (op.shrink) {
    const s = op.shrink;
    const sw = Math.round(width * s), sh = Math.round(height * s);
    const left = Math.round((width - sw) / 2), top = Math.round((height - sh) / 2);
    const small = await img.resize(sw, sh, { kernel: 'lanczos3' }).png().toBuffer();
    img = sharp({ create: { width, height, channels: 3, background: { r: 128, g: 126, b: 122 } } }).composite([{ input: small, left, top }]);
    img = sharp(await img.png().toBuffer());
    current = current.map((f) => ({ tags: f.tags, box: [Math.round(left + f.box[0] * s), Math.round(top + f.box[1] * s), Math.round(f.box[2] * s), Math.round(f.box[3] * s)] as Box }));
  }
  const overlays: string[] = [];
  if (op.mask) {
    overlays.push(maskSvg(op.mask.flatMap((i) => (current[i] ? [current[i].box] : []))));
    for (const i of op.mask) current[i]?.tags.push('mask');
  }
  if (op.sunglasses) {
    overlays.push(sunglassesSvg(op.sunglasses.flatMap((i) => (current[i] ? [current[i].box] : []))));
    for (const i of op.sunglasses) current[i]?.tags.push('sunglasses');
  }
  if (overlays.length > 0) {
    const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${overlays.join('')}</svg>`);
    img = sharp(await img.composite([{ input: svg, left: 0, top: 0 }]).png().toBuffer());
  }
  if (op.grey && !op.halftone) {
    img = sharp(await img.greyscale().png().toBuffer());
    current = current.map((f) => ({ ...f, tags: [...f.tags, 'bw'] }));
  }
  if (op.halftone) {
    const grey = await img.greyscale().raw().toBuffer();
    img = sharp(halftone(grey, width, height, op.halftone), { raw: { width, height, channels: 1 } });
    current = current.map((f) => ({ ...f, tags: [...f.tags, 'halftone', 'bw'] }));
  }
  return { bytes: await img.jpeg({ quality: 90 }).toBuffer(), faces: current };
}
