import { MONTH_PATTERN, expandYear, monthFromName, validDate } from './date-parts';
import { groupText, matchAllWithIndices, spanOf, type Span } from './regex-helpers';
import type { DateParts } from './types';

export interface DateInText extends Span {
  date: DateParts;
}

const NOT_AFTER_WORD = String.raw`(?<![\w/.\-])`;

/** 12/03/1956, 12-03-56, 12.03.2024 (also US month-first when day-first is impossible). */
const NUMERIC = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?<a>\d{1,2}) ?(?<sep>[\/.\-]) ?(?<b>\d{1,2}) ?\k<sep> ?(?<y>\d{4}|\d{2})(?!\d|[\/.\-]\d)`,
);

/** 2024-03-12, 2024/03/12 (a common factory default on processors). */
const YEAR_FIRST = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?<y>\d{4})(?<sep>[\/.\-])(?<b>\d{1,2})\k<sep>(?<a>\d{1,2})(?![\d.\/\-]\d|\d)`,
);

/**
 * 04/12/2001 glued to the label OCR read before it ("Bom04/12/2001", "D.O.B.12/03/1956"): only with a four-digit
 * year, so a version number after a letter ("v1.2.21") is not a date.
 */
const GLUED_TO_WORD = /(?<=[A-Za-z]\.?)(?<a>\d{1,2})(?<sep>[\/.\-])(?<b>\d{1,2})\k<sep>(?<y>\d{4})(?!\d|[\/.\-]\d)/;

/** 19560312: DICOM's compact date, 1900-2099 only, a real month and day; also after a dotted label ("D.O.B.19450311"), never after a letter or a digit and dot. */
const COMPACT = /(?<![\w\/\-])(?<![\d_]\.)(?<y>(?:19|20)\d{2})(?<b>0[1-9]|1[0-2])(?<a>0[1-9]|[12]\d|3[01])(?![\w]|[.\/\-]\d)/;

/** 0710/1973: OCR dropped the first separator of 07/10/1973. */
const FIRST_SEPARATOR_LOST = /(?<![\w.\/\-])(?<a>\d{2})(?<b>\d{2})(?<sep>[\/.\-])(?<y>\d{4})(?![\w]|[.\/\-]\d)/;

/** 12 Mar 2024, 12-Mar-24, 12MAR2024, 12th of March. */
const DAY = String.raw`(?<a>\d{1,2})(?:st|nd|rd|th)?`;
const MONTH = String.raw`(?<mon>${MONTH_PATTERN})(?![a-z])\.?`;
const SEPARATORS = String.raw`[ \t\-\/.]*`;

const DAY_MONTH = new RegExp(
  String.raw`(?<![\w])${DAY}${SEPARATORS}(?:of[ \t]+)?${MONTH}(?:[ \t\-\/.,]*(?<y>\d{4}|\d{2})(?![\d:]))?`,
  'i',
);

/** Mar 12 2024, March 12th, 2024, March 12. */
const MONTH_DAY = new RegExp(
  String.raw`\b${MONTH}${SEPARATORS}${DAY}(?![\d:])(?:,?${SEPARATORS}(?<y>\d{4})(?!\d))?`,
  'i',
);

function numericDate(m: RegExpExecArray, now: Date): DateParts | undefined {
  const a = Number(groupText(m, 'a'));
  const b = Number(groupText(m, 'b'));
  const year = expandYear(groupText(m, 'y'), now);
  return validDate(year, b, a) ?? validDate(year, a, b);
}

function namedMonthDate(m: RegExpExecArray, now: Date): DateParts | undefined {
  const month = monthFromName(groupText(m, 'mon'));
  const yearText = groupText(m, 'y');
  if (month === undefined) return undefined;
  return validDate(yearText ? expandYear(yearText, now) : undefined, month, Number(groupText(m, 'a')));
}

/** A numeric date whose separators OCR read as a letter or bar: "12l03l1956", "12|03|1956", "12I03I56". */
const MISREAD_SEPARATORS = /(?<![\w])[\dOoIlSB]{1,2} ?[|lI\\] ?[\dOoIlSB]{1,2} ?[|lI\\] ?[\dOoIlSB]{2,4}(?![\w])/g;

/**
 * Text of the same length with the separators of misread numeric dates put back as "/", so that
 * "12l03l1956" reads as a date once the digit look-alikes are fixed. Only runs shaped d(d) sep d(d) sep
 * yy(yy) whose two separators are the same character are touched.
 */
export function fixDateSeparators(text: string): string {
  return text.replace(MISREAD_SEPARATORS, (run) => {
    const compact = run.replace(/ /g, '');
    const sepAt = [...compact].findIndex((ch, i) => i > 0 && /[|lI\\]/.test(ch) && /[\dOoSB]/.test(compact[i - 1] ?? ''));
    const sep = compact[sepAt];
    if (sep === undefined || compact.split(sep).length !== 3) return run;
    return run.split(sep).join('/');
  });
}

/**
 * Every calendar date in `text` in the formats clinical screens and people use, with its offsets and
 * value. Day-first is preferred for ambiguous numeric dates, as in the UK. `compact` (default true)
 * includes DICOM's YYYYMMDD, which overlays print but people rarely type (cameras put it in file names).
 */
export function findDatesInText(text: string, now: Date, options: { compact?: boolean } = {}): DateInText[] {
  const found: DateInText[] = [];
  const collect = (pattern: RegExp, read: (m: RegExpExecArray, now: Date) => DateParts | undefined): void => {
    for (const m of matchAllWithIndices(pattern, text)) {
      const date = read(m, now);
      const span = spanOf(m);
      const end = span.start + m[0].trimEnd().replace(/[\s,.\-\/]+$/, '').length;
      if (date !== undefined) found.push({ start: span.start, end, date });
    }
  };
  collect(NUMERIC, numericDate);
  collect(GLUED_TO_WORD, numericDate);
  collect(YEAR_FIRST, (m, n) => {
    const year = expandYear(groupText(m, 'y'), n);
    return validDate(year, Number(groupText(m, 'b')), Number(groupText(m, 'a')));
  });
  collect(FIRST_SEPARATOR_LOST, numericDate);
  if (options.compact ?? true) collect(COMPACT, (m, n) => validDate(expandYear(groupText(m, 'y'), n), Number(groupText(m, 'b')), Number(groupText(m, 'a'))));
  collect(DAY_MONTH, namedMonthDate);
  // Before a number, lower-case "may", "mar", "jun" are far more often words than months.
  collect(MONTH_DAY, (m, n) => (/^[A-Z]/.test(groupText(m, 'mon')) ? namedMonthDate(m, n) : undefined));
  return found;
}

/**
 * Numbers printed exactly like a date, dd/mm/yyyy (one separator used twice, a year 1000-2999), that are
 * no real date: usually a date with a digit misread ("27/87/2022", "04-02-1056"). Also a labelled
 * compact 19xxxxxx/20xxxxxx that is no real date. Valid dates are left to {@link findDatesInText}.
 */
export function findDateShapes(text: string, now: Date): Span[] {
  const shaped = /(?<![\w.\/\-])\d{2}(?<sep>[\/.\-])\d{2}\k<sep>[12]\d{3}(?![\w]|[.\/\-]\d)/g;
  const valid = findDatesInText(text, now);
  return [...text.matchAll(shaped)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((span) => !valid.some((d) => d.start < span.end && span.start < d.end));
}
