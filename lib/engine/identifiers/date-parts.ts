import type { DateParts } from './types';

/** Month names and the abbreviations processors and people use, longest first for regex alternation. */
export const MONTH_PATTERN =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/** Month number (1-12) for a month name or abbreviation, any case; `undefined` if not a month. */
export function monthFromName(name: string): number | undefined {
  const index = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(
    name.slice(0, 3).toLowerCase(),
  );
  return index === -1 ? undefined : index + 1;
}

/** Expands a two-digit year: years up to this year's two digits are 20xx, the rest 19xx. */
export function expandYear(year: string, now: Date): number {
  if (year.length !== 2) return Number(year);
  const value = Number(year);
  const thisYear = now.getFullYear() % 100;
  return value <= thisYear ? 2000 + value : 1900 + value;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The date if it exists on the calendar (leap years included) and the year is plausible (1880-2100). */
export function validDate(year: number | undefined, month: number, day: number): DateParts | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12 || !Number.isInteger(day) || day < 1) return undefined;
  if (year === undefined) return day <= daysInMonth(2000, month) ? { month, day } : undefined;
  if (year < 1880 || year > 2100 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whole years from `birth` to `on`, or `undefined` if either year is unknown. */
export function yearsBetween(birth: DateParts, on: DateParts): number | undefined {
  if (birth.year === undefined || on.year === undefined) return undefined;
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}

/** A `Date` as `DateParts`, in local time. */
export function datePartsOf(date: Date): DateParts {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}
