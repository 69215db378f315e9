import { findDatesInText, fixDateSeparators } from '../dates-in-text';
import { fixDigitLookalikes } from '../ocr-digits';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/**
 * Calendar dates in any common format. A procedure date identifies a patient together with other
 * facts, so every date is flagged; a date with no year is flagged at lower confidence.
 */
export const dateRule: IdentifierRule = {
  id: 'date',
  scope: 'both',
  find({ text, options }: RuleInput): RawMatch[] {
    return findDatesInText(fixDigitLookalikes(fixDateSeparators(text)), options.now).map(
      ({ start, end, date }): RawMatch => ({
        type: 'date',
        start,
        end,
        anchor: start,
        confidence: date.year === undefined ? 0.6 : 0.85,
        date,
      }),
    );
  },
};
