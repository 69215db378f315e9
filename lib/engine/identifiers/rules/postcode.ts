import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/**
 * The gov.uk bulk data transfer postcode pattern (BS 7666), unanchored, upper-case, with the space optional
 * because OCR often drops it. GIR 0AA is the one non-standard code.
 */
const OUTWARD = String.raw`(?:[A-Z][0-9]{1,2}|[A-Z][A-HJ-Y][0-9]{1,2}|[A-Z][0-9][A-Z]|[A-Z][A-HJ-Y][0-9]?[A-Z])`;
const POSTCODE = new RegExp(String.raw`\b(?:GIR ?0AA|${OUTWARD} ?[0-9][A-Z]{2})\b`);

/** UK postcodes ("SW1A 1AA", "M1 1AE", "EH11AA"). */
export const postcodeRule: IdentifierRule = {
  id: 'postcode',
  scope: 'both',
  find({ text }: RuleInput): RawMatch[] {
    return matchAllWithIndices(POSTCODE, text).map(
      (m): RawMatch => ({ type: 'postcode', ...spanOf(m), anchor: m.index, confidence: 0.85 }),
    );
  },
};
