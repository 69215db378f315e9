import { findDateShapes, findDatesInText, fixDateSeparators } from '../dates-in-text';
import { fixDigitLookalikes } from '../ocr-digits';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/**
 * A date-of-birth label right before a date: DOB, D.O.B., Date of Birth, Birth Date, Birth, Born, BD; OCR's
 * "D0B", "DO8", "D.0.B", "Birth Dote" and "Bom" (for "Born") too. Stray marks OCR puts between label and value ("DOB: | 12/03/1956") are skipped.
 */
const LABEL_BEFORE = new RegExp(
  String.raw`\b(?:D\.?\s?[O0]\.?\s?[B8]\b\.?|Date[ \t]+of[ \t]+Birth|Birth(?:[ \t]*D[a-z]{3})?|Bo(?:rn|m)(?:[ \t]+on)?|B\.?D\b\.?)[\s:#=.\-|~_,;]*$`,
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
    const labelAt = (start: number): number | undefined => {
      // The label is read on the raw text: the digit fix-up would turn "D0B" into "00B".
      const before = text.slice(Math.max(0, start - LOOK_BACK), start);
      const label = LABEL_BEFORE.exec(before);
      return label === null ? undefined : start - before.length + label.index;
    };
    const real = findDatesInText(dates, options.now).flatMap(({ start, end, date }): RawMatch[] => {
      const anchor = labelAt(start);
      return anchor === undefined ? [] : [{ type: 'date-of-birth', start, end, anchor, confidence: 0.95, date }];
    });
    // A labelled value shaped like a date but misread into no real date is still the date of birth.
    const compact = [...dates.matchAll(/(?<![\w\/\-])(?<![\d_]\.)(?:19|20)\d{6}(?![\w]|[.\/\-]\d)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const misread = [...findDateShapes(dates, options.now), ...compact]
      .filter((span) => !real.some((r) => r.start < span.end && span.start < r.end))
      .flatMap(({ start, end }): RawMatch[] => {
        const anchor = labelAt(start);
        return anchor === undefined ? [] : [{ type: 'date-of-birth', start, end, anchor, confidence: 0.6 }];
      });
    return [...real, ...misread];
  },
};
