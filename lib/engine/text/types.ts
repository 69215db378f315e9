import type { Box } from '../report';
import type { RgbaImage } from '../image';

/** One word read by OCR, in original image coordinates. */
export interface TextWord {
  text: string;
  box: Box;
  /** 0..100 as tesseract reports it, when known */
  confidence?: number;
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
