import type { Box } from '../report';
import type { RgbaImage } from '../image';
import type { Quad } from './geometry';

/** One word read by OCR, in original image coordinates. */
export interface TextWord {
  text: string;
  box: Box;
  /** 0..100 as tesseract reports it, when known */
  confidence?: number;
}

/** Which engine read a line: tesseract.js, or the PP-OCRv4 neural recogniser. */
export type Reader = 'tesseract' | 'neural';

/** One engine's reading of a line, words in image pixels. */
export interface Reading {
  reader: Reader;
  text: string;
  /** 0..100 */
  confidence: number;
  words: TextWord[];
  /**
   * The neural reading with only the spaces the recogniser emitted itself, when spaces were put back
   * (see restoreSpaces): uneven letter pitch on a photographed screen can split "16:07:32" into
   * "1 6:0 7:3 2", which the rules then miss. The rules run on both.
   */
  asEmitted?: { text: string; words: TextWord[] };
}

/**
 * One detected text line. `box` comes from the detector (or, for lines only the
 * sparse OCR pass found, from the OCR words) and is always returned, even when
 * OCR reads nothing (`text === ''`), because redaction relies on it.
 */
export interface TextLine {
  box: Box;
  text: string;
  /** 0..100 as tesseract reports it, when known */
  confidence?: number;
  words: TextWord[];
  /** Which stage found the box. */
  source: 'detector' | 'sparse-ocr';
  /** The detector's rotated outline, top edge first in reading order; absent for sparse-OCR lines. */
  quad?: Quad;
  /** Every reading of the line; `text`, `confidence` and `words` repeat the one chosen for display. */
  readings?: Reading[];
}

/** What an OCR engine returns for one image, in that image's pixel space. */
export interface OcrResult {
  text: string;
  confidence: number;
  words: { text: string; box: Box; confidence: number }[];
}

/** An OCR engine. `readLine` uses single-line segmentation (tesseract PSM 7). */
export interface OcrRunner {
  readLine(img: RgbaImage): Promise<OcrResult>;
  /** Sparse-text segmentation over a whole image (tesseract PSM 11). Optional. */
  readSparse?(img: RgbaImage): Promise<OcrResult>;
}

/**
 * Runs the PP-OCRv4 det model on a prepared NCHW float32 tensor of shape
 * [1, 3, height, width] and returns the [height × width] probability map.
 */
export interface TextDetectorRunner {
  detect(input: Float32Array, width: number, height: number): Promise<Float32Array>;
}

/** A probability map from the detector with the scale that maps it back to the image. */
export interface ProbabilityMap {
  data: Float32Array;
  width: number;
  height: number;
}

/**
 * Runs the PP-OCR 180° direction classifier (`ch_ppocr_mobile_v2.0_cls`) on `count` line crops
 * prepared as NCHW float32 [count, 3, 48, 192]; returns count × 2 probabilities (upright, upside down).
 */
export interface LineClassifierRunner {
  classify(input: Float32Array, count: number): Promise<Float32Array>;
}

/** Per-step character probabilities from a CTC line recogniser, [count, steps, classes]. */
export interface RecogniserOutput {
  data: Float32Array;
  steps: number;
  classes: number;
}

/**
 * Runs the PP-OCRv4 line recogniser on NCHW float32 [count, 3, 48, width] and returns its CTC
 * probabilities. `charset` maps class i (1-based; 0 is the CTC blank) to `charset[i - 1]`.
 */
export interface LineRecogniserRunner {
  recognise(input: Float32Array, count: number, width: number): Promise<RecogniserOutput>;
  charset(): Promise<readonly string[]>;
}
