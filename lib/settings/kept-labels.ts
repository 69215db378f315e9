import { findIdentifiersInText } from '../engine/identifiers';

/** Longest label that can be kept: labels are short ("BLI", "ZOOM", "Eh:B5 Cm:0"); a sentence is not a label. */
export const MAX_LABEL_LENGTH = 40;

/** The form labels are compared in: case, spacing and look-alike quotes do not matter. */
export function normaliseLabel(text: string): string {
  return text.normalize('NFKC').replace(/[‘’“”'"`]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether `text` may be kept on an image: short, not empty, and nothing in it that the identifier rules
 * recognise (a name, a date, a number, a place). Identifiers are never kept, whoever asks.
 */
export function canKeepLabel(text: string): boolean {
  const label = normaliseLabel(text);
  if (label === '' || label.length > MAX_LABEL_LENGTH) return false;
  // A long run of digits is a number that could be anyone's (a hospital number the rules had no label for).
  if (/\d{5,}/.test(label.replace(/[\s-]/g, ''))) return false;
  try {
    return findIdentifiersInText(text.trim()).length === 0;
  } catch {
    return false;
  }
}

/**
 * Whether a text read on an image is one of the kept labels: the whole text is one, or every word
 * of it is one ("BLI ZOOM" when both are kept).
 */
export function isKeptLabel(text: string, kept: readonly string[]): boolean {
  if (kept.length === 0) return false;
  // OCR may or may not read the space in "Eh:B5 Cm:0", and confuses I, l and 1, O and 0 ("lris:Avg" for
  // "Iris:Avg"), so neither decides a match.
  const key = (label: string) => normaliseLabel(label).replace(/ /g, '').replace(/[l1|]/g, 'i').replace(/0/g, 'o');
  const set = new Set(kept.map(key));
  const whole = normaliseLabel(text);
  if (whole === '') return false;
  return set.has(key(whole)) || whole.split(' ').every((word) => set.has(key(word)));
}
