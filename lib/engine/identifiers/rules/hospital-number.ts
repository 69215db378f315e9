import { groupText, matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/** Things other than the patient that carry an "ID" on clinical screens. */
const OTHER_IDS =
  'Study|Series|Accession|Acc|Exam|Image|Instance|Device|Serial|Station|Operator|Request|Order|Visit|Episode|Staff|User';

const LABEL = [
  String.raw`Hosp(?:ital)?\.?[ \t]*(?:N[o0]|Number|Num|#)(?![A-Za-z])\.?`,
  // OCR reads a small "MRN" as "WRN" or "MRM".
  String.raw`[MW]\.?R\.?[NM]\b\.?`,
  String.raw`Unit[ \t]*(?:N[o0]|Number)(?![A-Za-z])\.?`,
  String.raw`Case[ \t]*(?:Note[ \t]*)?(?:N[o0]|Number)(?![A-Za-z])\.?`,
  // OCR reads a small "ID" as "10", "1D" or "lD".
  String.raw`(?:Patient|Pat|Pt)\.?[ \t]*(?:ID|I\.D\.|No|Number|1D|lD|10)\b\.?`,
  String.raw`PID\b`,
  // A bare "ID" belongs to the patient unless it names something else ("Study ID" is left to other-reference).
  String.raw`(?<!\b(?:${OTHER_IDS})[ \t.]*)\bI\.?D\b\.?`,
].join('|');

/** One token, or a few separated by single spaces before digits ("A123 4567"); OCR's stray "@" for 0 kept inside. */
const VALUE = String.raw`[A-Za-z0-9](?:[A-Za-z0-9/\-@]|[ ](?=\d)){3,15}`;

const LABELLED = new RegExp(String.raw`\b(?:${LABEL})[\s:#=.\-]*(?<value>${VALUE})`, 'i');

/** Hospital numbers that start with the trust's ODS code, "R" and two more characters ("RTH1234567"). */
const TRUST_PREFIXED = /\b(?<value>R[A-Z0-9]{2}[ \-]?\d{5,9})\b/;

/** One to three capitals straight before six to nine digits ("M605201", "RX123456", "NS0412345"): the usual local number. */
const LETTERS_THEN_DIGITS = /\b(?<prefix>[A-Z]{1,3})(?<value>\d{6,9})\b/;

/** A line that is nothing but a long number: on an overlay, the patient's ID printed without its label. */
const NUMBER_ALONE = /^[ \t]*(?<value>\d{7,10})[ \t]*$/;

/** A long number set off as its own field: "PACS Viewer - ROBERTS^JAMES - 72294116", "… | 72294116 |". */
const NUMBER_FIELD = /(?:^|[ \t][\-–—|][ \t]+)(?<value>\d{7,10})(?=$|[ \t]+[\-–—|](?:[ \t]|$))/;

/** Prefixes of codes that are not patients' numbers: serial, lot, reference, catalogue, standards. */
const NOT_A_PATIENT_PREFIX = /^(?:SN|LOT|REF|SER|NO|VER|REV|CAT|ISO|IEC|EN|CE|UDI|GTIN|PN)$/;

/** A token 5-12 letters and digits long with at least one digit, once separators are removed. */
function isHospitalNumberLike(value: string, digitsView: string): boolean {
  const compact = value.replace(/[^A-Za-z0-9]/g, '');
  return compact.length >= 5 && compact.length <= 12 && /\d/.test(digitsView);
}

function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && /[\s/\-]/.test(text[trimmed - 1] ?? '')) trimmed -= 1;
  return trimmed;
}

/**
 * Hospital number / MRN / local patient identifier. There is no national format, so this fires on a
 * label (Hosp No, MRN, Unit No, PID, Patient ID, ID, …) followed by a 5-12 character token containing
 * a digit, on trust-prefixed numbers, on one to three capitals glued to six to nine digits with no label
 * ("M605201", lower confidence; not serial, lot or reference codes), and on any extra trust patterns
 * from the options; and on a line that is nothing but a 7-10 digit number (an overlay's ID without its
 * label). Other bare digit strings are left alone: too many other numbers look alike.
 */
export const hospitalNumberRule: IdentifierRule = {
  id: 'hospital-number',
  scope: 'both',
  find({ text, digits, letters, options }: RuleInput): RawMatch[] {
    // Labels are read with OCR's digits-for-letters fixed ("H0sp No"), values as printed.
    const labelled = matchAllWithIndices(LABELLED, letters).flatMap((m): RawMatch[] => {
      const { start, end } = spanOf(m, 'value');
      const valueEnd = trimmedEnd(text, start, end);
      if (!isHospitalNumberLike(groupText(m, 'value'), digits.slice(start, valueEnd))) return [];
      return [{ type: 'hospital-number', start, end: valueEnd, anchor: m.index, confidence: 0.9 }];
    });
    const prefixed = matchAllWithIndices(TRUST_PREFIXED, text).filter((m) => !/^RE[FV]/.test(m[0])).map(
      (m): RawMatch => ({ type: 'hospital-number', ...spanOf(m, 'value'), anchor: m.index, confidence: 0.6 }),
    );
    const bare = matchAllWithIndices(LETTERS_THEN_DIGITS, digits)
      .filter((m) => !NOT_A_PATIENT_PREFIX.test(groupText(m, 'prefix')))
      .map((m): RawMatch => ({ type: 'hospital-number', start: m.index, end: m.index + m[0].length, anchor: m.index, confidence: 0.55 }));
    const custom = options.hospitalNumberPatterns.flatMap((pattern) =>
      matchAllWithIndices(pattern, text).map(
        (m): RawMatch => ({ type: 'hospital-number', ...spanOf(m), anchor: m.index, confidence: 0.85 }),
      ),
    );
    const alone = matchAllWithIndices(NUMBER_ALONE, digits).map(
      (m): RawMatch => ({ type: 'hospital-number', ...spanOf(m, 'value'), anchor: m.index, confidence: 0.5 }),
    );
    const field = matchAllWithIndices(NUMBER_FIELD, digits).map(
      (m): RawMatch => ({ type: 'hospital-number', ...spanOf(m, 'value'), anchor: spanOf(m, 'value').start, confidence: 0.5 }),
    );
    return [...labelled, ...prefixed, ...bare, ...alone, ...field, ...custom];
  },
};
