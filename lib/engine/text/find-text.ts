import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { cropBoxToImage, cropLine, type CropOptions } from './crop';
import { dbPostprocess, type DbOptions, type ScoredBox } from './db-postprocess';
import { prepareDetInput } from './det-preprocess';
import { mergeLines, type MergeOptions } from './merge-lines';
import { sparseLines, type SparseOptions } from './sparse';
import { detRegions, type TileOptions } from './tiles';
import type { OcrRunner, TextDetectorRunner, TextLine, TextWord } from './types';

/** All options of {@link findText}; every field has a documented default in its own interface. */
export interface FindTextOptions extends DbOptions, MergeOptions, CropOptions, TileOptions, SparseOptions {
  /** Det input long-side limit. Default 960 (PaddleOCR `det_limit_side_len`). */
  limitSideLen?: number;
  /** When given, milliseconds per stage are added to it (`textDetect`, `textOcr`, `textSparse`). */
  timings?: Record<string, number>;
}

/** The runners {@link findText} needs. */
export interface TextRunners {
  detector: TextDetectorRunner;
  ocr: OcrRunner;
}

function time(timings: Record<string, number> | undefined, stage: string, since: number): void {
  if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - since);
}

/** Runs the detector over the whole image and, for large images, tiles; returns merged line boxes. */
export async function detectLines(image: RgbaImage, detector: TextDetectorRunner, options: FindTextOptions = {}): Promise<ScoredBox[]> {
  const boxes: ScoredBox[] = [];
  for (const region of detRegions(image.width, image.height, options)) {
    const input = prepareDetInput(image, options.limitSideLen ?? 960, region);
    const prob = await detector.detect(input.data, input.width, input.height);
    const map = { data: prob, width: input.width, height: input.height };
    const transform = { scaleX: input.scaleX, scaleY: input.scaleY, origin: input.origin, bounds: [image.width, image.height] as [number, number] };
    boxes.push(...dbPostprocess(map, transform, options));
  }
  return mergeLines(boxes, options).filter((b) => b.box[2] > 0 && b.box[3] > 0);
}

async function readLine(image: RgbaImage, box: Box, ocr: OcrRunner, options: CropOptions): Promise<TextLine> {
  const crop = cropLine(image, box, options);
  const r = await ocr.readLine(crop.image);
  const words: TextWord[] = r.words
    .filter((w) => w.text.trim() !== '')
    .map((w) => ({ text: w.text, confidence: w.confidence, box: cropBoxToImage(w.box, crop, box) }));
  return { box, text: r.text.trim(), confidence: r.confidence, words, source: 'detector' };
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
  const lines: TextLine[] = [];
  for (const { box } of boxes) lines.push(await readLine(image, box, runners.ocr, options));
  time(timings, 'textOcr', t);

  if (sparsePass === 'always' || (sparsePass === 'when-empty' && lines.length === 0)) {
    t = performance.now();
    lines.push(...(await sparseLines(image, runners.ocr, boxes.map((b) => b.box), options)));
    time(timings, 'textSparse', t);
  }
  return lines.sort((a, b) => a.box[1] - b.box[1] || a.box[0] - b.box[0]);
}
