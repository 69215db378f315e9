import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { cropBoxToImage, cropLine, type CropOptions } from './crop';
import { dbPostprocess, type DbOptions, type MapTransform, type ScoredBox } from './db-postprocess';
import { scaleImage } from './resample';
import { prepareDetInput } from './det-preprocess';
import { quadSize, turnQuad180, turnQuadToVertical, type Quad } from './geometry';
import { mergeLines, outline, type MergeOptions } from './merge-lines';
import { upsideDown, type OrientationOptions } from './orientation';
import { recogniseLine } from './recognise';
import { sparseLines, type SparseOptions } from './sparse';
import { detRegions, type TileOptions } from './tiles';
import type { LineClassifierRunner, LineRecogniserRunner, OcrResult, OcrRunner, ProbabilityMap, Reading, TextDetectorRunner, TextLine, TextWord } from './types';

/** All options of {@link findText}; every field has a documented default in its own interface. */
export interface FindTextOptions extends DbOptions, MergeOptions, CropOptions, TileOptions, SparseOptions, OrientationOptions {
  /**
   * Det input long-side limit for the whole-image pass. Default 1280, above
   * PaddleOCR's 960: a 1280×1024 frame then runs unshrunk, which found 5 px caps
   * that 960 missed (1.8× the det time).
   */
  limitSideLen?: number;
  /** Det input side for each tile. Default 960, so a 1920 px tile runs at half size. */
  /**
   * 'where-text-may-be' runs a fine tile only when the coarse whole-image map shows a weak
   * response there that no well-resolved line explains; 'all' runs every tile. Default 'where-text-may-be'.
   */
  fineTiles?: 'all' | 'where-text-may-be';
  /** Coarse-map probability that counts as a sign of small text. Default 0.1. */
  fineEvidence?: number;
  tileInputSize?: number;
  /**
   * Re-read a line with sparse segmentation (PSM 11) on a crop twice as tall when
   * single-line OCR is below this confidence (0..100); catches boxes that hold two
   * lines. Default 50. Needs `ocr.readSparse`.
   */
  retrySparseBelow?: number;
  /**
   * Which engines read each detected line: tesseract.js, the neural recogniser, or both (each
   * reading goes to the identifier rules). Default {@link DEFAULT_READERS}; 'neural' and 'both'
   * fall back to tesseract when no recogniser is given.
   */
  readers?: 'tesseract' | 'neural' | 'both';
  /**
   * With `readers: 'both'`, the neural recogniser reads a line only when tesseract's confidence
   * (0..100) in the line or in any word of it is below this; a reading sure of every word stands
   * alone. 101 reads every line with both. Default {@link DEFAULT_NEURAL_BELOW}.
   */
  neuralBelow?: number;
  /** When given, milliseconds per stage are added to it (`textDetect`, `textDirection`, `textOcr`, `textSparse`). */
  timings?: Record<string, number>;
  /** Called once the detector has found `found` lines, then after each line is read (lines read so far). */
  onLines?: (read: readonly TextLine[], found: number) => void;
}

/** The runners {@link findText} needs. */
export interface TextRunners {
  detector: TextDetectorRunner;
  ocr: OcrRunner;
  /** Turns upside-down lines over before reading; optional. */
  classifier?: LineClassifierRunner;
  /** A second, neural reader; optional. */
  recogniser?: LineRecogniserRunner;
}

/** Which engines read each line when a neural recogniser is available. */
export const DEFAULT_READERS: 'tesseract' | 'neural' | 'both' = 'both';

/**
 * Tesseract confidence (line or word) below which a line is read by the neural recogniser too (see
 * FindTextOptions.neuralBelow). 101: every line. At 90 the recogniser ran on a half to a quarter of
 * the lines and the tuned eval found the same, but the held-out part lost a name that tesseract
 * read wrongly at 93 ("Wiliam White"); a confident misreading is what the second reader is for.
 */
export const DEFAULT_NEURAL_BELOW = 101;

function time(timings: Record<string, number> | undefined, stage: string, since: number): void {
  if (timings) timings[stage] = (timings[stage] ?? 0) + (performance.now() - since);
}

/**
 * Whether a fine tile can hold text the coarse pass missed: some map pixel in it is above
 * `fineEvidence` outside the lines the coarse pass already resolved well (at least
 * `resolvedHeight` map pixels tall: shorter coarse boxes may be several small lines run together).
 * Weak, blurry responses are what small text leaves at coarse scale.
 */
export function tileHasEvidence(map: ProbabilityMap, t: MapTransform, coarse: readonly ScoredBox[], tile: Box, fineEvidence = 0.1, resolvedHeight = 32): boolean {
  const toMap = ([x, y, w, h]: Box): Box => {
    const x0 = Math.max(0, Math.floor((x - t.origin[0]) / t.scaleX)), y0 = Math.max(0, Math.floor((y - t.origin[1]) / t.scaleY));
    const x1 = Math.min(map.width, Math.ceil((x + w - t.origin[0]) / t.scaleX)), y1 = Math.min(map.height, Math.ceil((y + h - t.origin[1]) / t.scaleY));
    return [x0, y0, x1 - x0, y1 - y0];
  };
  const resolved = coarse.map((b) => toMap(b.box)).filter((b) => b[3] >= resolvedHeight);
  const [tx, ty, tw, th] = toMap(tile);
  let evidence = 0;
  for (let y = ty; y < ty + th; y++) {
    for (let x = tx; x < tx + tw; x++) {
      if (!(map.data[y * map.width + x]! > fineEvidence)) continue;
      if (resolved.some(([bx, by, bw, bh]) => x >= bx && x < bx + bw && y >= by && y < by + bh)) continue;
      if (++evidence >= 3) return true;
    }
  }
  return false;
}

/**
 * Coarse to fine: runs the detector over the whole image (long side at most `limitSideLen`)
 * and, for large images, over tiles of a copy shrunk once so each tile fits the det limit,
 * only where the coarse map leaves room for small text ({@link tileHasEvidence}) unless
 * `fineTiles` is 'all'. Returns merged lines.
 */
export async function detectLines(image: RgbaImage, detector: TextDetectorRunner, options: FindTextOptions = {}): Promise<ScoredBox[]> {
  const limit = options.limitSideLen ?? 1280;
  const tileInput = options.tileInputSize ?? 960;
  const [whole, ...tiles] = detRegions(image.width, image.height, options);
  const bounds: [number, number] = [image.width, image.height];
  const coarseInput = prepareDetInput(image, limit, whole);
  const coarseMap: ProbabilityMap = { data: await detector.detect(coarseInput.data, coarseInput.width, coarseInput.height), width: coarseInput.width, height: coarseInput.height };
  const coarseTransform: MapTransform = { scaleX: coarseInput.scaleX, scaleY: coarseInput.scaleY, origin: coarseInput.origin, bounds };
  const coarse = dbPostprocess(coarseMap, coarseTransform, options);
  const fine = (options.fineTiles ?? 'where-text-may-be') === 'all' ? tiles : tiles.filter((tile) => tileHasEvidence(coarseMap, coarseTransform, coarse, tile, options.fineEvidence));
  const fineBoxes: ScoredBox[] = [];
  if (fine.length > 0) {
    const s = Math.min(1, tileInput / (options.tileSize ?? 1920));
    const src = scaleImage(image, s);
    for (const [x, y, w, h] of fine) {
      const x0 = Math.round(x * s);
      const y0 = Math.round(y * s);
      const region: Box = [x0, y0, Math.min(src.width, Math.round((x + w) * s)) - x0, Math.min(src.height, Math.round((y + h) * s)) - y0];
      const input = prepareDetInput(src, tileInput, region);
      const prob = await detector.detect(input.data, input.width, input.height);
      const transform: MapTransform = { scaleX: input.scaleX / s, scaleY: input.scaleY / s, origin: [input.origin[0] / s, input.origin[1] / s], bounds };
      fineBoxes.push(...dbPostprocess({ data: prob, width: input.width, height: input.height }, transform, options));
    }
  }
  return mergeLines([...coarse.filter((c) => !splitByFine(c, fineBoxes)), ...fineBoxes], options).filter((b) => b.box[2] > 0 && b.box[3] > 0);
}

/** Share of `inner`'s area inside `outer`. */
function shareInside(inner: Box, outer: Box): number {
  const w = Math.min(inner[0] + inner[2], outer[0] + outer[2]) - Math.max(inner[0], outer[0]);
  const h = Math.min(inner[1] + inner[3], outer[1] + outer[3]) - Math.max(inner[1], outer[1]);
  return w > 0 && h > 0 && inner[2] * inner[3] > 0 ? (w * h) / (inner[2] * inner[3]) : 0;
}

/**
 * A coarse box that two or more thinner fine lines lie mostly inside: small lines the coarse scale
 * ran together. The fine lines replace it, or merging would join them back into one fat box.
 */
function splitByFine(c: ScoredBox, fine: readonly ScoredBox[]): boolean {
  return fine.filter((f) => f.box[3] < 0.8 * c.box[3] && shareInside(f.box, c.box) >= 0.5).length >= 2;
}

/** A line's outline turned to reading order: tall lines are read top to bottom (PaddleOCR turns crops ≥ 1.5:1). */
export function readingQuad(b: ScoredBox): Quad {
  const q = outline(b);
  const { width, height } = quadSize(q);
  return height >= 1.5 * width ? turnQuadToVertical(q) : q;
}

async function tesseractReading(image: RgbaImage, box: Box, quad: Quad, ocr: OcrRunner, options: FindTextOptions): Promise<Reading> {
  let crop = cropLine(image, quad, options);
  let r = await ocr.readLine(crop.image);
  if (ocr.readSparse && r.confidence < (options.retrySparseBelow ?? 50)) {
    const tall = cropLine(image, quad, { ...options, targetHeight: 2 * (options.targetHeight ?? 64) });
    const sparse = await ocr.readSparse(tall.image);
    if (sparse.confidence > r.confidence && sparse.text.trim() !== '') [crop, r] = [tall, sparse];
  }
  const words: TextWord[] = r.words
    .filter((w) => w.text.trim() !== '')
    .map((w) => ({ text: w.text, confidence: w.confidence, box: cropBoxToImage(w.box, crop, box) }));
  return { reader: 'tesseract', text: r.text.trim().replace(/\s*\n\s*/g, ' '), confidence: r.confidence, words };
}

async function neuralReading(image: RgbaImage, quad: Quad, recogniser: LineRecogniserRunner): Promise<Reading> {
  const r = await recogniseLine(image, quad, recogniser);
  const words = (ws: OcrResult['words']): TextWord[] => ws.map((w) => ({ text: w.text, confidence: w.confidence, box: w.box }));
  return { reader: 'neural', text: r.text, confidence: r.confidence, words: words(r.words), ...(r.asEmitted && { asEmitted: { text: r.asEmitted.text, words: words(r.asEmitted.words) } }) };
}

/**
 * A line's readings. 'both': both readers at once or, with `neuralBelow` ≤ 100, tesseract first and
 * the neural recogniser only where tesseract is unsure of the line or of a word in it (or where the
 * direction check already read the line with the recogniser).
 */
async function readLine(
  image: RgbaImage,
  box: Box,
  quad: Quad,
  ocr: OcrRunner,
  neural: { recogniser: LineRecogniserRunner; checked: Reading | undefined } | undefined,
  readers: 'tesseract' | 'neural' | 'both',
  options: FindTextOptions,
): Promise<Reading[]> {
  if (!neural) return [await tesseractReading(image, box, quad, ocr, options)];
  const neuralRead = () => neural.checked ?? neuralReading(image, quad, neural.recogniser);
  if (readers === 'neural') return [await neuralRead()];
  const gate = options.neuralBelow ?? DEFAULT_NEURAL_BELOW;
  // Both queued at once: tesseract works in its own worker while ORT runs here.
  if (neural.checked || gate > 100) return Promise.all([tesseractReading(image, box, quad, ocr, options), neuralRead()]);
  const first = await tesseractReading(image, box, quad, ocr, options);
  return weakestConfidence(first) < gate ? [first, await neuralRead()] : [first];
}

/** The line's confidence or its least confident word's, whichever is lower: one misread name in a sure line still counts. */
function weakestConfidence(r: Reading): number {
  return Math.min(r.confidence, ...r.words.map((w) => w.confidence ?? 0));
}

/** The reading shown for a line: the more confident one that read anything. */
function chooseReading(readings: readonly Reading[]): Reading | undefined {
  return [...readings].filter((r) => r.text !== '').sort((a, b) => b.confidence - a.confidence)[0] ?? readings[0];
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
  let quads = boxes.map(readingQuad);
  const readers = options.readers ?? DEFAULT_READERS;
  const neural = runners.recogniser && readers !== 'tesseract' ? runners.recogniser : undefined;
  /** Neural readings already made while checking a line's direction, by line index. */
  const checked = new Map<number, Reading>();
  if (runners.classifier && quads.length > 0) {
    const flip = await upsideDown(image, quads, runners.classifier, options);
    for (const [i, q] of quads.entries()) {
      if (!flip[i]) continue;
      if (!neural) {
        quads[i] = turnQuad180(q);
        continue;
      }
      // The classifier turns some upright lines over (moiré, a tilted photo); the recogniser reads
      // an upright line far more surely than one upside down, so it settles the classifier's turns.
      const turned = turnQuad180(q);
      const [asIs, over] = await Promise.all([neuralReading(image, q, neural), neuralReading(image, turned, neural)]);
      const keepTurned = over.confidence >= asIs.confidence;
      quads[i] = keepTurned ? turned : q;
      checked.set(i, keepTurned ? over : asIs);
    }
    quads = [...quads];
  }
  time(timings, 'textDirection', t);

  t = performance.now();
  const read: TextLine[] = [];
  options.onLines?.(read, boxes.length);
  const lines: TextLine[] = await Promise.all(
    boxes.map(async ({ box }, i) => {
      const quad = quads[i]!;
      const readings = await readLine(image, box, quad, runners.ocr, neural && { recogniser: neural, checked: checked.get(i) }, readers, options);
      const shown = chooseReading(readings)!;
      const line: TextLine = { box, quad, text: shown.text, confidence: shown.confidence, words: shown.words, source: 'detector' as const, readings };
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
