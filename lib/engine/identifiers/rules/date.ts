import { findDatesInText } from '../dates-in-text';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/**
 * Calendar dates in any common format. A procedure date identifies a patient together with other
 * facts, so every date is flagged; a date with no year is flagged at lower confidence.
 */
export const dateRule: IdentifierRule = {
  id: 'date',
  scope: 'both',
  find({ digits, options }: RuleInput): RawMatch[] {
    return findDatesInText(digits, options.now).map(
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
