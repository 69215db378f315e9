import { findIdentifiers } from './identifiers';
import type { IdentifierOptions, OcrLine } from './identifiers';
import type { Box, IdentifierFinding } from './report';
import type { Reader, TextLine } from './text/types';

const READERS: readonly Reader[] = ['tesseract', 'neural'];

/**
 * The lines as one reader saw them (`asEmitted`: with only the spaces the recogniser emitted); lines
 * it did not read keep their chosen reading.
 */
function linesOf(lines: readonly TextLine[], reader: Reader, asEmitted = false): OcrLine[] {
  return lines.map((line) => {
    const r = line.readings?.find((x) => x.reader === reader);
    const v = asEmitted && r?.asEmitted ? r.asEmitted : r;
    return v ? { box: line.box, text: v.text, words: v.words } : { box: line.box, text: line.text, words: line.words };
  });
}

function overlapOfSmaller(a: Box, b: Box): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  const smaller = Math.min(a[2] * a[3], b[2] * b[3]);
  return w > 0 && h > 0 && smaller > 0 ? (w * h) / smaller : 0;
}

/** Whether `b` says nothing `a` does not: same place and the same (or a vaguer) type. */
function covers(a: IdentifierFinding, b: IdentifierFinding): boolean {
  if (overlapOfSmaller(a.box, b.box) < 0.5) return false;
  if (a.type === b.type) return (a.confidence ?? 0) >= (b.confidence ?? 0);
  return a.type === 'date-of-birth' && b.type === 'date';
}

/**
 * Runs the identifier rules on each reader's reading of the lines separately (a label misread by
 * one engine is often read by the other) and keeps every finding that no other finding already
 * covers; the neural reading also as the recogniser spaced it (see Reading.asEmitted). With one
 * reader this is findIdentifiers on the lines as they are.
 */
export function identifiersFromReadings(lines: readonly TextLine[], options: IdentifierOptions): IdentifierFinding[] {
  const used = READERS.filter((reader) => lines.some((l) => l.readings?.some((r) => r.reader === reader)));
  if (used.length <= 1) return findIdentifiers(lines, options);
  const emitted = lines.some((l) => l.readings?.some((r) => r.asEmitted !== undefined));
  const all = [
    ...used.flatMap((reader) => findIdentifiers(linesOf(lines, reader), options)),
    ...(emitted ? findIdentifiers(linesOf(lines, 'neural', true), options) : []),
  ];
  return all.filter((f, i) => !all.some((g, j) => j !== i && covers(g, f) && (!covers(f, g) || j < i)));
}
