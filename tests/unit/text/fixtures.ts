/**
 * Draws synthetic test frames with ImageMagick (`convert`, DejaVu fonts), so
 * tests know exactly where each text line is. CI needs the apt packages
 * `imagemagick` and `fonts-dejavu-core`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { PNG } from 'pngjs';
import type { RgbaImage } from '../../../lib/engine/image';
import type { Box } from '../../../lib/engine/report';

export interface FixtureText {
  text: string;
  x: number;
  y: number;
  /** Point size at 72 dpi, i.e. roughly pixels per em. */
  size: number;
  colour?: string;
}

export interface FixtureFrame {
  width: number;
  height: number;
  texts: FixtureText[];
  /** Draw a reddish textured disc like an endoscope view. Default true. */
  scope?: boolean;
  /** Re-encode as JPEG at this quality, like a re-shared screenshot. */
  jpegQuality?: number;
}

const FONT = 'DejaVu-Sans';

/** Whether ImageMagick is on the PATH. */
export function haveImageMagick(): boolean {
  return spawnSync('convert', ['-version']).status === 0;
}

/** Ink box of `t` as drawn with gravity NorthWest at (x, y). */
export function textBox(t: FixtureText): Box {
  const out = execFileSync('convert', ['-font', FONT, '-pointsize', String(t.size), `label:${t.text}`, '-trim', '-format', '%w %h %X %Y', 'info:']);
  const [w, h, ox, oy] = out.toString().split(' ').map((v) => Number.parseInt(v, 10));
  return [t.x + (ox ?? 0), t.y + (oy ?? 0), w ?? 0, h ?? 0];
}

/** Renders a frame and decodes it to RGBA. */
export function renderFrame(f: FixtureFrame): RgbaImage {
  const args = ['-size', `${f.width}x${f.height}`, 'xc:black'];
  if (f.scope ?? true) {
    const cx = Math.round(f.width * 0.58);
    const cy = Math.round(f.height / 2);
    const r = Math.round(Math.min(f.width, f.height) * 0.42);
    args.push('-fill', '#b4553c', '-draw', `circle ${cx},${cy} ${cx},${cy - r}`);
    args.push('-fill', '#d98a6a', '-draw', `ellipse ${cx - r / 3},${cy - r / 4} ${r / 3},${r / 5} 0,360`);
    args.push('-fill', '#6e2418', '-draw', `ellipse ${cx + r / 4},${cy + r / 3} ${r / 5},${r / 8} 0,360`);
    args.push('-blur', '0x6', '-attenuate', '0.4', '+noise', 'Gaussian');
  }
  args.push('-font', FONT, '-gravity', 'NorthWest');
  for (const t of f.texts) {
    args.push('-pointsize', String(t.size), '-fill', t.colour ?? 'white', '-annotate', `+${t.x}+${t.y}`, t.text);
  }
  if (f.jpegQuality !== undefined) args.push('-quality', String(f.jpegQuality), 'jpg:-');
  else args.push('png:-');
  let bytes = execFileSync('convert', args, { maxBuffer: 1 << 28 });
  if (f.jpegQuality !== undefined) bytes = execFileSync('convert', ['jpg:-', 'png:-'], { input: bytes, maxBuffer: 1 << 28 });
  const png = PNG.sync.read(bytes);
  return { width: png.width, height: png.height, data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length) };
}

/** Share of `truth` covered by `box`. */
export function coverage(truth: Box, box: Box): number {
  const w = Math.min(truth[0] + truth[2], box[0] + box[2]) - Math.max(truth[0], box[0]);
  const h = Math.min(truth[1] + truth[3], box[1] + box[3]) - Math.max(truth[1], box[1]);
  return w > 0 && h > 0 ? (w * h) / (truth[2] * truth[3]) : 0;
}

/** Upper-case alphanumerics only, for comparing OCR output with the truth. */
export function normalise(s: string): string {
  return s.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
