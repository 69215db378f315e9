/**
 * Test frames for the text finder, drawn with the shared synthetic generator
 * (tests/fixtures/generator: @napi-rs/canvas, real TrueType fonts), so each line's
 * ink box is known exactly. CI needs fonts-dejavu-core fonts-liberation fonts-noto-mono.
 */
import { createCanvas } from '@napi-rs/canvas';
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../../lib/engine/image';
import type { Box } from '../../../lib/engine/report';
import { fonts } from '../../fixtures/generator/fonts';
import { drawMucosa } from '../../fixtures/generator/mucosa';
import { streamFor } from '../../fixtures/generator/rng';
import { drawLine, pxForCapHeight } from '../../fixtures/generator/text';
import { emptyMarks } from '../../fixtures/generator/truth';

/** One line of overlay text; `baseline` is the y of the alphabetic baseline. */
export interface FixtureLine {
  text: string;
  x: number;
  baseline: number;
}

/** A frame to draw. */
export interface FixtureFrame {
  width: number;
  height: number;
  lines: FixtureLine[];
  /** Cap height in px. Default 10. */
  capHeight?: number;
  /** Default 'CG DejaVu Sans'. */
  family?: string;
  /** Default white. */
  colour?: string;
  /** Draw an endoscope view of mucosa. Default true. */
  scope?: boolean;
  /** Re-encode as JPEG at this quality, like a re-shared screenshot. */
  jpegQuality?: number;
  seed?: number;
}

/** A rendered frame and the ink box of every line. */
export interface Fixture {
  image: RgbaImage;
  truth: { text: string; box: Box }[];
}

/** Draws `f`. */
export function renderFrame(f: FixtureFrame): Fixture {
  fonts();
  const canvas = createCanvas(f.width, f.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#000';
  ctx.fillRect(0, 0, f.width, f.height);
  if (f.scope ?? true) {
    const r = f.height * 0.44;
    drawMucosa(ctx, streamFor(f.seed ?? 1, 'text-fixture'), { cx: f.width * 0.58, cy: f.height / 2, rx: r * 1.05, ry: r, shape: 'octagon' });
  }
  const style = { family: f.family ?? 'CG DejaVu Sans', px: pxForCapHeight(f.capHeight ?? 10), color: f.colour ?? '#ffffff' };
  const marks = emptyMarks();
  const truth = f.lines.map((l) => ({ text: l.text, box: drawLine(ctx, marks, l.x, l.baseline, [{ text: l.text }], style) ?? [0, 0, 0, 0] as Box }));
  let data = new Uint8ClampedArray(ctx.getImageData(0, 0, f.width, f.height).data);
  if (f.jpegQuality !== undefined) {
    const encoded = jpeg.encode({ width: f.width, height: f.height, data }, f.jpegQuality);
    data = new Uint8ClampedArray(jpeg.decode(encoded.data, { useTArray: true }).data);
  }
  return { image: { width: f.width, height: f.height, data }, truth };
}

/** The endoscopy overlay used by the tests: patient panel top left, date bottom left, settings bottom right. */
export function endoscopyLines(width: number, height: number, capHeight: number): FixtureLine[] {
  const lh = Math.round(capHeight * 2.2);
  const m = Math.round(width * 0.02);
  const top = m + capHeight;
  return [
    { text: 'ST ELSEWHERE HOSPITAL', x: m, baseline: top },
    { text: 'Name: SMITH^JANE', x: m, baseline: top + lh },
    { text: 'NHS No: 999 123 4578', x: m, baseline: top + 2 * lh },
    { text: 'DOB: 12/03/1956', x: m, baseline: top + 3 * lh },
    { text: '12/05/2024 14:32', x: m, baseline: height - m - lh },
    { text: 'Eh:A5 Cm:1', x: width - m - capHeight * 9, baseline: height - m },
  ];
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
