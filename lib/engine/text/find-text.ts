import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { cropBoxToImage, cropLine, type CropOptions } from './crop';
import { dbPostprocess, type DbOptions, type MapTransform, type ScoredBox } from './db-postprocess';
import { scaleImage } from './resample';
import { prepareDetInput } from './det-preprocess';
import { mergeLines, type MergeOptions } from './merge-lines';
import { sparseLines, type SparseOptions } from './sparse';
import { detRegions, type TileOptions } from './tiles';
import type { OcrRunner, TextDetectorRunner, TextLine, TextWord } from './types';

/** All options of {@link findText}; every field has a documented default in its own interface. */
export interface FindTextOptions extends DbOptions, MergeOptions, CropOptions, TileOptions, SparseOptions {
  /**
   * Det input long-side limit for the whole-image pass. Default 1280, above
   * PaddleOCR's 960: a 1280×1024 frame then runs unshrunk, which found 5 px caps
   * that 960 missed (1.8× the det time).
   */
  limitSideLen?: number;
  /** Det input side for each tile. Default 960, so a 1920 px tile runs at half size. */
  tileInputSize?: number;
  /**
   * Re-read a line with sparse segmentation (PSM 11) on a crop twice as tall when
   * single-line OCR is below this confidence (0..100); catches boxes that hold two
   * lines. Default 50. Needs `ocr.readSparse`.
   */
  retrySparseBelow?: number;
  /** When given, milliseconds per stage are added to it (`textDetect`, `textOcr`, `textSparse`). */
  timings?: Record<string, number>;
  /** Called once the detector has found `found` lines, then after each line is read (lines read so far). */
  onLines?: (read: readonly TextLine[], found: number) => void;
}

/** The runners {@link findText} needs. */
export interface TextRunners {
  detector: TextDetectorRunner;
  ocr: OcrRunner;
}

function time(timings: Record<string, number> | undefined, stage: string, since: number): void {
  if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - since);
}

/**
 * Runs the detector over the whole image and, for large images, over tiles of a
 * copy shrunk once so each tile fits the det limit; returns merged line boxes.
 */
export async function detectLines(image: RgbaImage, detector: TextDetectorRunner, options: FindTextOptions = {}): Promise<ScoredBox[]> {
  const limit = options.limitSideLen ?? 1280;
  const tileInput = options.tileInputSize ?? 960;
  const regions = detRegions(image.width, image.height, options);
  const s = regions.length > 1 ? Math.min(1, tileInput / (options.tileSize ?? 1920)) : 1;
  const src = scaleImage(image, s);
  const boxes: ScoredBox[] = [];
  for (const [i, [x, y, w, h]] of regions.entries()) {
    const x0 = Math.round(x * s);
    const y0 = Math.round(y * s);
    const region: Box = [x0, y0, Math.min(src.width, Math.round((x + w) * s)) - x0, Math.min(src.height, Math.round((y + h) * s)) - y0];
    const input = prepareDetInput(src, i === 0 ? limit : tileInput, region);
    const prob = await detector.detect(input.data, input.width, input.height);
    const transform: MapTransform = {
      scaleX: input.scaleX / s,
      scaleY: input.scaleY / s,
      origin: [input.origin[0] / s, input.origin[1] / s],
      bounds: [image.width, image.height],
    };
    boxes.push(...dbPostprocess({ data: prob, width: input.width, height: input.height }, transform, options));
  }
  return mergeLines(boxes, options).filter((b) => b.box[2] > 0 && b.box[3] > 0);
}

async function readLine(image: RgbaImage, box: Box, ocr: OcrRunner, options: FindTextOptions): Promise<TextLine> {
  let crop = cropLine(image, box, options);
  let r = await ocr.readLine(crop.image);
  if (ocr.readSparse && r.confidence < (options.retrySparseBelow ?? 50)) {
    const tall = cropLine(image, box, { ...options, targetHeight: 2 * (options.targetHeight ?? 64) });
    const sparse = await ocr.readSparse(tall.image);
    if (sparse.confidence > r.confidence && sparse.text.trim() !== '') [crop, r] = [tall, sparse];
  }
  const words: TextWord[] = r.words
    .filter((w) => w.text.trim() !== '')
    .map((w) => ({ text: w.text, confidence: w.confidence, box: cropBoxToImage(w.box, crop, box) }));
  return { box, text: r.text.trim().replace(/\s*\n\s*/g, ' '), confidence: r.confidence, words, source: 'detector' };
}

/**
 * Finds and reads every text region: PP-OCRv4 det (+ tiles for large images) →
 * DB post-processing → line merging → per-line crop, upscale and single-line
 * OCR, plus an optional sparse OCR pass for text the detector missed.
 * Every detected box is returned, with `text: ''` when OCR reads nothing.
 * Boxes are in `image` pixels.
 */
export async function findText(image: RgbaImage, runners: TextRunners, options: FindTextOptions = {}): Promise<TextLine[]> {
  const { timings, sparsePass = 'when-empty' } = options;
  let t = performance.now();
  const boxes = await detectLines(image, runners.detector, options);
  time(timings, 'textDetect', t);

  t = performance.now();
  // Lines go to the OCR runner together, so a runner with several workers reads them in parallel.
  const read: TextLine[] = [];
  options.onLines?.(read, boxes.length);
  const lines = await Promise.all(
    boxes.map(async ({ box }) => {
      const line = await readLine(image, box, runners.ocr, options);
      read.push(line);
      options.onLines?.(read, boxes.length);
      return line;
    }),
  );
  time(timings, 'textOcr', t);

  if (sparsePass === 'always' || (sparsePass === 'when-empty' && lines.length === 0)) {
    t = performance.now();
    lines.push(...(await sparseLines(image, runners.ocr, boxes.map((b) => b.box), options)));
    time(timings, 'textSparse', t);
  }
  return lines.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}
