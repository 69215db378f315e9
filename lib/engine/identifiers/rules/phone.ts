import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/** +44 or 0, then digits with single spaces, hyphens or brackets between groups. */
const CANDIDATE = /(?<![\d+])(?:\+44[ \t]?(?:\(0\)[ \t]?)?|\(0|0)\d(?:\)?[ \-]?\d){8,10}(?![ \-]?\d)/;
const LABEL_BEFORE = /\b(?:Tel|Telephone|Phone|Mob|Mobile|Ph|T)\.?[ \t]*(?:No\.?)?[ \t:]*$/i;

/** The national form of a candidate: +44 becomes 0, separators go. */
function nationalDigits(candidate: string): string {
  const digits = candidate.replace(/^\+44(?:\(0\))?/, '0').replace(/\(0\)/, '').replace(/\D/g, '');
  return digits.startsWith('0') ? digits : `0${digits}`;
}

/**
 * How sure we are that a candidate is a UK number: 11 digits from 01/02/03/05/07/08/09 are; 10 digits
 * from 01 (a few areas) are less so, and must be grouped, because an ungrouped 10-digit number from
 * 01 is more often a CHI number. Dates (separated by / or .) never reach the candidate pattern.
 */
function phoneConfidence(national: string, raw: string): number {
  if (/^0[1235789]\d{9}$/.test(national)) return 0.8;
  if (/^01\d{8}$/.test(national) && /[ \-)]/.test(raw)) return 0.7;
  return 0;
}

/** UK telephone numbers: mobiles, landlines and +44 forms. */
export const phoneRule: IdentifierRule = {
  id: 'phone',
  scope: 'both',
  find({ text, digits }: RuleInput): RawMatch[] {
    return matchAllWithIndices(CANDIDATE, digits).flatMap((m): RawMatch[] => {
      const confidence = phoneConfidence(nationalDigits(m[0]), m[0]);
      if (confidence === 0) return [];
      const { start, end } = spanOf(m);
      const labelled = LABEL_BEFORE.test(text.slice(Math.max(0, start - 16), start));
      return [{ type: 'phone', start, end, anchor: start, confidence: labelled ? 0.95 : confidence }];
    });
  },
};
