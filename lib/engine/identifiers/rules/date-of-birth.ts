import { findDatesInText } from '../dates-in-text';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/** A date-of-birth label right before a date: DOB, D.O.B., Date of Birth, Birth Date, Born, BD. */
const LABEL_BEFORE = new RegExp(
  String.raw`\b(?:D\.?\s?O\.?\s?B\b\.?|Date[ \t]+of[ \t]+Birth|Birth[ \t]*Date|Born(?:[ \t]+on)?|B\.?D\b\.?)[\s:#=.\-]*$`,
  'i',
);

/** How far back from a date to look for its label. */
const LOOK_BACK = 24;

/**
 * Date of birth: a date preceded by a birth-date label (possibly on the line before or to the left).
 * Dates that match a printed age are promoted to dates of birth later, in `dob-from-age.ts`.
 */
export const dateOfBirthRule: IdentifierRule = {
  id: 'date-of-birth',
  scope: 'both',
  find({ digits, options }: RuleInput): RawMatch[] {
    return findDatesInText(digits, options.now).flatMap(({ start, end, date }): RawMatch[] => {
      const before = digits.slice(Math.max(0, start - LOOK_BACK), start);
      const label = LABEL_BEFORE.exec(before);
      if (label === null) return [];
      const anchor = start - before.length + label.index;
      return [{ type: 'date-of-birth', start, end, anchor, confidence: 0.95, date }];
    });
  },
};
