/**
 * Pure parser of `tesseract … tsv` output into the OCR lines the identifier
 * rules read (lib/engine/identifiers OcrLine): one line per (page, block,
 * paragraph, line), words in order, boxes in image pixels.
 */
import type { OcrLine } from '../../lib/engine/identifiers';
import type { Box } from '../../lib/engine/report';

function union(boxes: readonly Box[]): Box {
  const x0 = Math.min(...boxes.map((b) => b[0]));
  const y0 = Math.min(...boxes.map((b) => b[1]));
  const x1 = Math.max(...boxes.map((b) => b[0] + b[2]));
  const y1 = Math.max(...boxes.map((b) => b[1] + b[3]));
  return [x0, y0, x1 - x0, y1 - y0];
}

/**
 * Parses tesseract TSV (level 5 rows are words). Words with conf < `minConfidence`
 * (default 0, which keeps everything tesseract printed) or blank text are dropped.
 */
export function parseTesseractTsv(tsv: string, minConfidence = 0): OcrLine[] {
  const lines = new Map<string, OcrLine & { words: NonNullable<OcrLine['words']> }>();
  for (const row of tsv.split('\n').slice(1)) {
    const cols = row.split('\t');
    if (cols.length < 12 || cols[0] !== '5') continue;
    const [, page, block, par, line, , left, top, width, height, conf] = cols.map(Number);
    const text = (cols[11] ?? '').trim();
    if (!text || (conf ?? -1) < minConfidence) continue;
    const key = `${page}.${block}.${par}.${line}`;
    const word = { text, box: [left, top, width, height] as Box, confidence: conf ?? 0 };
    const existing = lines.get(key);
    if (existing) existing.words.push(word);
    else lines.set(key, { text: '', box: word.box, words: [word] });
  }
  return [...lines.values()].map((l) => ({ text: l.words.map((w) => w.text).join(' '), box: union(l.words.map((w) => w.box)), words: l.words }));
}
