import { findDatesInText, fixDateSeparators } from '../dates-in-text';
import { fixDigitLookalikes } from '../ocr-digits';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/**
 * A date-of-birth label right before a date: DOB, D.O.B., Date of Birth, Birth Date, Birth, Born, BD; OCR's
 * "D0B", "DO8" and "D.0.B" too. Stray marks OCR puts between label and value ("DOB: | 12/03/1956") are skipped.
 */
const LABEL_BEFORE = new RegExp(
  String.raw`\b(?:D\.?\s?[O0]\.?\s?[B8]\b\.?|Date[ \t]+of[ \t]+Birth|Birth[ \t]*Date|Birth|Born(?:[ \t]+on)?|B\.?D\b\.?)[\s:#=.\-|~_,;]*$`,
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
  find({ text, options }: RuleInput): RawMatch[] {
    const dates = fixDigitLookalikes(fixDateSeparators(text));
    return findDatesInText(dates, options.now).flatMap(({ start, end, date }): RawMatch[] => {
      // The label is read on the raw text: the digit fix-up would turn "D0B" into "00B".
      const before = text.slice(Math.max(0, start - LOOK_BACK), start);
      const label = LABEL_BEFORE.exec(before);
      if (label === null) return [];
      const anchor = start - before.length + label.index;
      return [{ type: 'date-of-birth', start, end, anchor, confidence: 0.95, date }];
    });
  },
};
