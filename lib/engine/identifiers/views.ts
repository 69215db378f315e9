import type { OcrLine } from './types';

/** Where a line's text sits inside a view's text. */
export interface ViewSegment {
  lineIndex: number;
  /** Offset of the line's first character in the view's text. */
  offset: number;
  length: number;
}

/**
 * Text that rules run over: one line on its own, or a line followed by its neighbour (to the right or
 * below) so that a label on one line reaches a value on the next ("NHS No:" then "943 476 5919").
 */
export interface TextView {
  text: string;
  segments: ViewSegment[];
  /** A match is reported from this view only if it starts before this offset and ends after it. */
  crossesAt?: number;
}

/** How far (in line heights) a value may sit to the right of, or below, its label. */
const MAX_RIGHT_GAP_IN_HEIGHTS = 8;
const MAX_BELOW_GAP_IN_HEIGHTS = 1.5;

function verticalOverlap(a: OcrLine, b: OcrLine): number {
  const top = Math.max(a.box[1], b.box[1]);
  const bottom = Math.min(a.box[1] + a.box[3], b.box[1] + b.box[3]);
  return Math.max(0, bottom - top);
}

function horizontalOverlap(a: OcrLine, b: OcrLine): number {
  const left = Math.max(a.box[0], b.box[0]);
  const right = Math.min(a.box[0] + a.box[2], b.box[0] + b.box[2]);
  return Math.max(0, right - left);
}

/** The nearest line to the right on the same row. */
function lineToTheRight(lines: readonly OcrLine[], from: OcrLine): number | undefined {
  const height = Math.max(from.box[3], 1);
  const rightEdge = from.box[0] + from.box[2];
  let best: { index: number; gap: number } | undefined;
  lines.forEach((line, index) => {
    if (line === from) return;
    const gap = line.box[0] - rightEdge;
    const sameRow = verticalOverlap(from, line) >= 0.5 * Math.min(height, Math.max(line.box[3], 1));
    if (!sameRow || gap < -0.5 * height || gap > MAX_RIGHT_GAP_IN_HEIGHTS * height) return;
    if (best === undefined || gap < best.gap) best = { index, gap };
  });
  return best?.index;
}

/** The nearest line just below that starts under this one (overlapping it, or left-aligned with it). */
function lineBelow(lines: readonly OcrLine[], from: OcrLine): number | undefined {
  const height = Math.max(from.box[3], 1);
  const bottomEdge = from.box[1] + from.box[3];
  let best: { index: number; gap: number } | undefined;
  lines.forEach((line, index) => {
    if (line === from) return;
    const gap = line.box[1] - bottomEdge;
    const underneath = horizontalOverlap(from, line) > 0 || Math.abs(line.box[0] - from.box[0]) <= 2 * height;
    if (!underneath || gap < -0.5 * height || gap > MAX_BELOW_GAP_IN_HEIGHTS * height) return;
    if (best === undefined || gap < best.gap) best = { index, gap };
  });
  return best?.index;
}

function singleView(line: OcrLine, lineIndex: number): TextView {
  return { text: line.text, segments: [{ lineIndex, offset: 0, length: line.text.length }] };
}

function pairedView(lines: readonly OcrLine[], first: number, second: number): TextView {
  const a = lines[first]?.text ?? '';
  const b = lines[second]?.text ?? '';
  return {
    text: `${a}\n${b}`,
    segments: [
      { lineIndex: first, offset: 0, length: a.length },
      { lineIndex: second, offset: a.length + 1, length: b.length },
    ],
    crossesAt: a.length,
  };
}

/** One view per line, plus one per line and each of its neighbours (right, below). */
export function buildViews(lines: readonly OcrLine[]): TextView[] {
  return lines.flatMap((line, index) => {
    const neighbours = new Set([lineToTheRight(lines, line), lineBelow(lines, line)]);
    const paired = [...neighbours].filter((n): n is number => n !== undefined).map((n) => pairedView(lines, index, n));
    return [singleView(line, index), ...paired];
  });
}
