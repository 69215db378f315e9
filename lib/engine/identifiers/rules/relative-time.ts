import { anyPhrase, matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PART_OF_DAY = '(?:morning|afternoon|evening|night)';

/** When in the day: this morning, last night, tonight, 3 hours ago. */
const TIME_OF_DAY = new RegExp(
  String.raw`\b${anyPhrase([
    `(?:this|yesterday|tomorrow|${WEEKDAY}) ${PART_OF_DAY}`,
    'last night', 'tonight', 'overnight', 'earlier today', 'just now',
    String.raw`(?:an|one|two|three|a few|few|\d{1,2}) hours? ago`,
  ])}\b`,
  'i',
);

/** Which day: yesterday, today, last week, on Monday, on my list, on call. */
const DAY = new RegExp(
  String.raw`\b${anyPhrase([
    'yesterday', 'today', 'tomorrow', 'the other day',
    '(?:last|this) (?:week(?:end)?|month)',
    `(?:on|last|this) ${WEEKDAY}`,
    String.raw`on (?:my|our|the|today['’]?s|this (?:morning|afternoon)['’]?s) (?:\w+ )?list`,
    'on call', 'on nights', 'ward round',
  ])}\b`,
  'i',
);

/**
 * Time references in the post's own text ("this morning on my list", "yesterday", "last night"): with an
 * image they date the procedure. Text only; overlays print real dates and times.
 */
export const relativeTimeRule: IdentifierRule = {
  id: 'relative-time',
  scope: 'text',
  find({ text }: RuleInput): RawMatch[] {
    const toMatch =
      (type: RawMatch['type']) =>
      (m: RegExpExecArray): RawMatch => ({ type, ...spanOf(m), anchor: m.index, confidence: 0.6 });
    return [
      ...matchAllWithIndices(TIME_OF_DAY, text).map(toMatch('time')),
      ...matchAllWithIndices(DAY, text).map(toMatch('date')),
    ];
  },
};
