import { findDateShapes, findDatesInText, fixDateSeparators } from '../dates-in-text';
import { fixDigitLookalikes } from '../ocr-digits';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/**
 * Calendar dates in any common format. A procedure date identifies a patient together with other
 * facts, so every date is flagged; a date with no year is flagged at lower confidence, and so is a number
 * shaped exactly like dd/mm/yyyy that is no real date (a date with a digit misread).
 */
export const dateRule: IdentifierRule = {
  id: 'date',
  scope: 'both',
  find({ text, source, options }: RuleInput): RawMatch[] {
    const fixed = fixDigitLookalikes(fixDateSeparators(text));
    const misread = findDateShapes(fixed, options.now).map(
      ({ start, end }): RawMatch => ({ type: 'date', start, end, anchor: start, confidence: 0.5 }),
    );
    // Compact YYYYMMDD only on images: in typed text and file names it is a camera's timestamp.
    return [...misread, ...findDatesInText(fixed, options.now, { compact: source === 'image' }).map(
      ({ start, end, date }): RawMatch => ({
        type: 'date',
        start,
        end,
        anchor: start,
        confidence: date.year === undefined ? 0.6 : 0.85,
        date,
      }),
    )];
  },
};
