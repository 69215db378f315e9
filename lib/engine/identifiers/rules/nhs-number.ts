import { compactDigits, nhsCheckDigitValid } from '../check-digits';
import { NO_DIGIT_AFTER, NO_DIGIT_BEFORE, TEN_LOOSE_DIGITS, matchAllWithIndices, spanOf, groupText } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const NHS_LABEL = String.raw`\bN\.?H\.?[S5]\.?(?:[ \t]*(?:N[o0]\.?|Number|Num\.?|Nbr\.?|#))?`;

/** A label, then up to 24 other characters on the way (e.g. "NHS Number (verified):"), then the digits. */
const LABELLED = new RegExp(
  `${NHS_LABEL}[^\\d]{0,24}?${NO_DIGIT_BEFORE}(?<value>${TEN_LOOSE_DIGITS})${NO_DIGIT_AFTER}`,
  'i',
);

/** The printed 3-3-4 shape with one consistent separator: "943 476 5919", "943-476-5919". */
const SHAPED = new RegExp(`${NO_DIGIT_BEFORE}(?<value>\\d{3}(?<sep>[ \\-])\\d{3}\\k<sep>\\d{4})${NO_DIGIT_AFTER}`);

/**
 * NHS number (England, Wales, Isle of Man; Northern Ireland H&C uses the same format).
 * Fires on a labelled 10-digit value (a failed check digit still fires, at lower confidence, because a
 * misread digit is likelier than a labelled non-NHS number), or on an unlabelled 3-3-4 number whose
 * check digit is valid. About 1 in 11 random numbers passes the check, so the check alone never decides.
 */
export const nhsNumberRule: IdentifierRule = {
  id: 'nhs-number',
  scope: 'both',
  find({ digits }: RuleInput): RawMatch[] {
    const labelled = matchAllWithIndices(LABELLED, digits).map((m): RawMatch => {
      const valid = nhsCheckDigitValid(compactDigits(groupText(m, 'value')));
      return { type: 'nhs-number', ...spanOf(m, 'value'), anchor: m.index, confidence: valid ? 0.95 : 0.5 };
    });
    const shaped = matchAllWithIndices(SHAPED, digits)
      .filter((m) => nhsCheckDigitValid(groupText(m, 'value')))
      .map((m): RawMatch => ({ type: 'nhs-number', ...spanOf(m, 'value'), anchor: m.index, confidence: 0.7 }));
    return [...labelled, ...shaped];
  },
};
