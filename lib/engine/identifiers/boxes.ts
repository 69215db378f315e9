import type { Box } from '../report';
import type { OcrLine } from './types';

/** The smallest box containing all the given boxes; [0, 0, 0, 0] for none. */
export function unionBoxes(boxes: readonly Box[]): Box {
  const first = boxes[0];
  if (first === undefined) return [0, 0, 0, 0];
  let [left, top] = first;
  let right = first[0] + first[2];
  let bottom = first[1] + first[3];
  for (const [x, y, w, h] of boxes.slice(1)) {
    left = Math.min(left, x);
    top = Math.min(top, y);
    right = Math.max(right, x + w);
    bottom = Math.max(bottom, y + h);
  }
  return [left, top, right - left, bottom - top];
}

/** The part of a line's box under characters [start, end), assuming evenly wide characters. */
export function proportionalSubBox(line: OcrLine, start: number, end: number): Box {
  const [x, y, w, h] = line.box;
  const length = Math.max(line.text.length, 1);
  const left = x + (w * start) / length;
  const right = x + (w * Math.min(end, length)) / length;
  return [left, y, Math.max(right - left, 0), h];
}

interface PlacedWord {
  start: number;
  end: number;
  box: Box;
}

/** Finds each word's character range in the line's text, in order; `undefined` if they do not line up. */
function placeWords(line: OcrLine): PlacedWord[] | undefined {
  if (line.words === undefined || line.words.length === 0) return undefined;
  const placed: PlacedWord[] = [];
  let cursor = 0;
  for (const word of line.words) {
    const at = line.text.indexOf(word.text, cursor);
    if (word.text.length === 0 || at === -1) return undefined;
    placed.push({ start: at, end: at + word.text.length, box: word.box });
    cursor = at + word.text.length;
  }
  return placed;
}

/**
 * The box of characters [start, end) of a line: the union of the words they touch when the OCR gave
 * words, otherwise a proportional slice of the line's box.
 */
export function boxOfCharacters(line: OcrLine, start: number, end: number): Box {
  const words = placeWords(line);
  const touched = words?.filter((w) => w.start < end && w.end > start) ?? [];
  if (touched.length === 0) return proportionalSubBox(line, start, end);
  return unionBoxes(touched.map((w) => w.box));
}
