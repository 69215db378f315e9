import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { mergeLines } from './merge-lines';
import { scaleImage } from './resample';
import type { OcrRunner, TextLine, TextWord } from './types';

/** Options for the whole-image sparse OCR pass (tesseract PSM 11). */
export interface SparseOptions {
  /**
   * `'never'`, `'when-empty'` (only when the detector found nothing) or
   * `'always'` (also add lines the detector missed). Default `'when-empty'`.
   */
  sparsePass?: 'never' | 'when-empty' | 'always';
  /** Keep sparse words at or above this confidence (0..100). Default 60. */
  sparseMinConfidence?: number;
  /** Enlarge images whose long side is at most this by 2× first. Default 1600. */
  sparseUpscaleBelow?: number;
}

function centreInside(b: Box, boxes: readonly Box[]): boolean {
  const cx = b[0] + b[2] / 2;
  const cy = b[1] + b[3] / 2;
  return boxes.some(([x, y, w, h]) => cx >= x && cx <= x + w && cy >= y && cy <= y + h);
}

/**
 * Reads the whole image with sparse segmentation and returns lines built from
 * confident words that no detector box already covers.
 */
export async function sparseLines(
  image: RgbaImage,
  ocr: OcrRunner,
  covered: readonly Box[],
  options: SparseOptions = {},
): Promise<TextLine[]> {
  const { sparseMinConfidence = 60, sparseUpscaleBelow = 1600 } = options;
  if (!ocr.readSparse) return [];
  const s = Math.max(image.width, image.height) <= sparseUpscaleBelow ? 2 : 1;
  const result = await ocr.readSparse(scaleImage(image, s));
  const words: TextWord[] = result.words
    .filter((w) => w.confidence >= sparseMinConfidence && /[a-z0-9]/i.test(w.text))
    .map((w) => ({
      text: w.text,
      confidence: w.confidence,
      box: [Math.floor(w.box[0] / s), Math.floor(w.box[1] / s), Math.ceil(w.box[2] / s), Math.ceil(w.box[3] / s)] as Box,
    }))
    .filter((w) => !centreInside(w.box, covered));
  const lines = mergeLines(words.map((w) => ({ box: w.box, score: w.confidence ?? 0 })));
  return lines.map(({ box }) => {
    const inLine = words.filter((w) => centreInside(w.box, [box])).sort((a, b) => a.box[0] - b.box[0]);
    const confidence = inLine.reduce((sum, w) => sum + (w.confidence ?? 0), 0) / Math.max(1, inLine.length);
    return { box, text: inLine.map((w) => w.text).join(' '), confidence, words: inLine, source: 'sparse-ocr' as const };
  });
}
