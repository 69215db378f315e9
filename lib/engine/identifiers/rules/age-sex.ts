import { findDatesInText } from '../dates-in-text';
import { groupText, matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

const YEARS = String.raw`(?:years?|yrs?|y\/o|yo|y)`;
const SEX_WORD = String.raw`(?:man|woman|male|female|boy|girl|gentleman|gent|lady)`;

/** A French-gauge size ("16F catheter") is not a sex. */
const NOT_A_DEVICE = String.raw`(?![ \t]*(?:[Cc]ath|[Ff]oley|[Ss]heath|[Tt]ube|[Dd]rain|[Ss]tent|[Ff]rench|[Ff]r\b))`;

/** 67M, 67 M, 67Y M, 67/M, 45yF: upper-case M/F only, since "5 m" is usually metres. */
const AGE_THEN_LETTER = new RegExp(
  String.raw`\b(?<age>\d{1,3})(?:[ \t]?(?:Y|y|yo|yrs?))?[ \t\/\-]?(?:M|F)\b${NOT_A_DEVICE}`,
);

/**
 * M/67, F 45Y, M 67, "F  49" (overlays pad with spaces; OCR may split them into two lines, joined in a
 * paired view); not "M1" (a postcode or a motorway) with no separator or Y.
 */
const LETTER_THEN_AGE = new RegExp(
  String.raw`\b(?:M|F)(?:(?:[ \t\n]{1,3}|[\/\-])(?<age>\d{1,3})(?:[ \t]?(?:Y|y|yo|yrs?))?|(?<age2>\d{1,3})[ \t]?(?:Y|y|yo|yrs?))\b(?![.:\/]\d)`,
);

/** A lone capital M or F straight after a date, as wristbands and labels print "DOB: 12/03/1956  F". */
const SEX_AFTER_DATE = /^[ \t\n]{1,6}(?<sex>[MF])(?![\w'’\-])/;

/** a 45-year-old woman, 72 yo male, 45 y/o female. */
const AGE_THEN_WORD = new RegExp(
  String.raw`\b(?<age>\d{1,3})[ \t\-]?${YEARS}(?:[ \t\-]?old)?[ \t\-,]*${SEX_WORD}\b`,
  'i',
);

/** male, 67; woman aged 45. */
const WORD_THEN_AGE = new RegExp(String.raw`\b${SEX_WORD}[ \t,]+(?:aged[ \t]+)?(?<age>\d{1,3})\b(?![:\/.]\d)`, 'i');

/** Age: 67, AGE 67, aged 67. */
const AGE_LABEL = /\b(?:Age|Aged)[ \t]*[:=\-]?\s*(?<age>\d{1,3})(?![\d:\/.])(?:[ \t]?(?:y|yrs?|years?)\b)?/i;

/** 67y, 67 yrs, 67 years old, 45-year-old; not "5 years ago". */
const AGE_UNIT = new RegExp(String.raw`\b(?<age>\d{1,3})[ \t\-]?${YEARS}\b(?:[ \t\-]?old)?(?![ \t]+ago)`, 'i');

/** in her 70s, in his early 80s. */
const AGE_DECADE = /\bin[ \t]+(?:his|her|their)[ \t]+(?:early[ \t]+|mid[ \t\-]+|late[ \t]+)?(?<age>[1-9]0)['’]?s\b/i;

/** Sex: F, Gender: Male. */
const SEX_LABEL = /\b(?:Sex|Gender)[ \t]*[:=\-]?\s*(?<sex>M|F|U|Male|Female|Other|Unknown)\b/i;

const MAX_AGE = 120;

function agedMatches(pattern: RegExp, text: string, type: RawMatch['type'], confidence: number): RawMatch[] {
  return matchAllWithIndices(pattern, text).flatMap((m): RawMatch[] => {
    const age = Number(groupText(m, 'age') || groupText(m, 'age2'));
    if (age > MAX_AGE) return [];
    const { start } = spanOf(m);
    return [{ type, start, end: start + m[0].trimEnd().length, anchor: start, confidence, age }];
  });
}

/**
 * Age and sex: "Age: 67", "67y", "67 yrs" (age); "Sex: F", a lone "F" after a date (sex); "67M", "M/67",
 * "F 45Y", "a 45-year-old woman" (age-sex). Ages above 120 are ignored.
 */
export const ageSexRule: IdentifierRule = {
  id: 'age-sex',
  scope: 'both',
  find({ text, digits, letters, options }: RuleInput): RawMatch[] {
    // Anchored at the date, so a paired view owns a letter read as the next line to the right.
    const sexAfterDates = findDatesInText(digits, options.now).flatMap(({ start, end }): RawMatch[] => {
      const m = SEX_AFTER_DATE.exec(text.slice(end));
      if (m === null) return [];
      const at = end + m[0].length - 1;
      return [{ type: 'sex', start: at, end: at + 1, anchor: start, confidence: 0.7 }];
    });
    // The label on the letters view: OCR reads "Sex" as "5ex".
    const sexLabels = matchAllWithIndices(SEX_LABEL, letters).map(
      (m): RawMatch => ({ type: 'sex', ...spanOf(m, 'sex'), anchor: m.index, confidence: 0.8 }),
    );
    const ageLabels = matchAllWithIndices(AGE_LABEL, digits).flatMap((m): RawMatch[] => {
      const age = Number(groupText(m, 'age'));
      if (age > MAX_AGE) return [];
      return [{ type: 'age', ...spanOf(m, 'age'), anchor: m.index, confidence: 0.85, age }];
    });
    return [
      ...agedMatches(AGE_THEN_LETTER, digits, 'age-sex', 0.75),
      ...agedMatches(LETTER_THEN_AGE, digits, 'age-sex', 0.75),
      ...agedMatches(AGE_THEN_WORD, digits, 'age-sex', 0.85),
      ...agedMatches(WORD_THEN_AGE, digits, 'age-sex', 0.7),
      ...ageLabels,
      ...agedMatches(AGE_UNIT, digits, 'age', 0.75),
      // On the raw text: the digit fix-up would read the plural "70s" as "705".
      ...agedMatches(AGE_DECADE, text, 'age', 0.6),
      ...sexLabels,
      ...sexAfterDates,
    ];
  },
};
