import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const NOT_AFTER = String.raw`(?<![\w:.])`;
const AM_PM = String.raw`[ \t]?[AaPp]\.?[Mm]\b\.?`;

/** 14:32, 14:32:05, 9:05 am. */
const CLOCK = new RegExp(
  String.raw`${NOT_AFTER}(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:${AM_PM})?(?![\d:])`,
);

/** 2.30pm, 2pm, 11 a.m. */
const TWELVE_HOUR = new RegExp(String.raw`${NOT_AFTER}(?:1[0-2]|0?[1-9])(?:\.[0-5]\d)?${AM_PM}`);

/** 1432hrs, 14.32 hrs. */
const TWENTY_FOUR_HOUR_HRS = new RegExp(String.raw`${NOT_AFTER}(?:[01]\d|2[0-3])[:.]?[0-5]\d[ \t]?(?:hrs?|hours)\b`, 'i');

/** Times of day. With a date they pin down a procedure, so they are flagged like dates. */
export const timeRule: IdentifierRule = {
  id: 'time',
  scope: 'both',
  find({ digits }: RuleInput): RawMatch[] {
    return [CLOCK, TWELVE_HOUR, TWENTY_FOUR_HOUR_HRS].flatMap((pattern) =>
      matchAllWithIndices(pattern, digits).map((m): RawMatch => {
        const { start } = spanOf(m);
        return { type: 'time', start, end: start + m[0].trimEnd().length, anchor: start, confidence: 0.8 };
      }),
    );
  },
};
