import { findIdentifiers, findIdentifiersInText, type IdentifierOptions, type OcrLine } from '../../../lib/engine/identifiers';
import type { IdentifierType } from '../../../lib/engine/report';

/** A fixed "today" so two-digit years and age-implied birth dates do not drift. */
export const NOW = new Date('2025-06-01T12:00:00Z');

/** Findings in a plain string (the post-text API). */
export function findIn(text: string, options: IdentifierOptions = {}) {
  return findIdentifiersInText(text, { now: NOW, ...options });
}

/** The texts of the findings of one type in a plain string. */
export function textsOf(type: IdentifierType, text: string, options: IdentifierOptions = {}): string[] {
  return findIn(text, options)
    .filter((f) => f.type === type)
    .map((f) => f.text);
}

/** Findings over one OCR line with a made-up box, as the image path sees it. */
export function findInLine(text: string, options: IdentifierOptions = {}) {
  const line: OcrLine = { text, box: [0, 0, text.length * 10, 20] };
  return findIdentifiers([line], { now: NOW, ...options });
}

export function typesInLine(text: string): IdentifierType[] {
  return findInLine(text).map((f) => f.type);
}
