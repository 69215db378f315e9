/**
 * Baseline: the native Tesseract CLI (Debian tesseract-ocr 5, eng) reading a
 * whole image, then the engine's own identifier rules over its lines.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { findIdentifiers, type OcrLine } from '../../lib/engine/identifiers';
import type { IdentifierFinding } from '../../lib/engine/report';
import { parseTesseractTsv } from '../eval-lib/tesseract-tsv';

const run = promisify(execFile);

/** What one tesseract run gave. */
export interface TesseractResult {
  /** All words, space-joined per line, lines joined by newlines. */
  text: string;
  identifiers: IdentifierFinding[];
  /** Wall time of the tesseract process, ms. */
  ms: number;
}

/**
 * Runs `tesseract IMAGE stdout --psm N -l eng tsv` and returns its lines (words with boxes).
 * @throws when tesseract is not installed or fails on the image
 */
export async function tesseractLines(path: string, psm: 3 | 11): Promise<{ lines: OcrLine[]; ms: number }> {
  const started = performance.now();
  const { stdout } = await run('tesseract', [path, 'stdout', '--psm', String(psm), '-l', 'eng', 'tsv'], { maxBuffer: 64 << 20 });
  return { lines: parseTesseractTsv(stdout), ms: performance.now() - started };
}

/** {@link tesseractLines}, then findIdentifiers over them (findings have word boxes). */
export async function tesseractBaseline(path: string, psm: 3 | 11, now?: Date): Promise<TesseractResult> {
  const { lines, ms } = await tesseractLines(path, psm);
  return { text: lines.map((l) => l.text).join('\n'), identifiers: findIdentifiers(lines, now ? { now } : {}), ms };
}

/** Wall time of plain `tesseract IMAGE stdout` (PSM 3, text output): what a user would run by hand. */
export async function timeTesseract(path: string): Promise<number> {
  const started = performance.now();
  await run('tesseract', [path, 'stdout'], { maxBuffer: 64 << 20 });
  return performance.now() - started;
}
