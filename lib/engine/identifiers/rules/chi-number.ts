import { chiCheckDigitValid, compactDigits } from '../check-digits';
import { validDate } from '../date-parts';
import {
  LABEL_GAP,
  NO_DIGIT_AFTER,
  NO_DIGIT_BEFORE,
  TEN_LOOSE_DIGITS,
  groupText,
  matchAllWithIndices,
  spanOf,
} from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/** "CHI", and OCR's "CH1", "CHl", "CH|". */
const CHI_LABEL = String.raw`\bCH[I1l|](?:[ \t]*(?:No\.?|Number|Num\.?))?(?![A-Za-z])`;
const LABELLED = new RegExp(
  `${CHI_LABEL}${LABEL_GAP}${NO_DIGIT_BEFORE}(?<value>${TEN_LOOSE_DIGITS})${NO_DIGIT_AFTER}`,
  'i',
);

/** Unlabelled CHI numbers are printed whole or as DDMMYY NNNN. */
const UNLABELLED = new RegExp(`${NO_DIGIT_BEFORE}(?<value>\\d{6}[ \\-]?\\d{4})${NO_DIGIT_AFTER}`);

/** Whether the first six digits are a real DDMMYY date in either the 1900s or the 2000s. */
function startsWithBirthDate(compact: string): boolean {
  const day = Number(compact.slice(0, 2));
  const month = Number(compact.slice(2, 4));
  const year = Number(compact.slice(4, 6));
  return validDate(1900 + year, month, day) !== undefined || validDate(2000 + year, month, day) !== undefined;
}

function isPlausibleChi(value: string): boolean {
  const compact = compactDigits(value);
  return startsWithBirthDate(compact) && chiCheckDigitValid(compact);
}

/**
 * Scottish CHI number: DDMMYY + 4 digits, check digit by modulus 11 or (from late 2025) modulus 10.
 * Fires on a labelled value ("CHI: …", lower confidence if it does not validate), or on an unlabelled
 * whole or 6-4 number with a real birth date and a valid check digit.
 */
export const chiNumberRule: IdentifierRule = {
  id: 'chi-number',
  scope: 'both',
  find({ digits }: RuleInput): RawMatch[] {
    const labelled = matchAllWithIndices(LABELLED, digits).map((m): RawMatch => {
      const confidence = isPlausibleChi(groupText(m, 'value')) ? 0.95 : 0.6;
      return { type: 'chi-number', ...spanOf(m, 'value'), anchor: m.index, confidence };
    });
    const unlabelled = matchAllWithIndices(UNLABELLED, digits)
      .filter((m) => isPlausibleChi(groupText(m, 'value')))
      .map((m): RawMatch => ({ type: 'chi-number', ...spanOf(m, 'value'), anchor: m.index, confidence: 0.8 }));
    return [...labelled, ...unlabelled];
  },
};
