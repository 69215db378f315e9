import { datePartsOf, yearsBetween } from './date-parts';
import type { LocatedMatch } from './located-match';

/** Below this age every recent date would look like a date of birth, so no inference is made. */
const MIN_AGE_FOR_INFERENCE = 2;

/**
 * Promotes dates to dates of birth when a printed age says so: a date that lies the printed age
 * (±1 year) before another date in the same text, or before today.
 */
export function inferDatesOfBirth(matches: readonly LocatedMatch[], now: Date): LocatedMatch[] {
  const ages = matches.flatMap((m) => (m.age !== undefined && m.age >= MIN_AGE_FOR_INFERENCE ? [m.age] : []));
  if (ages.length === 0) return [...matches];
  const references = [...matches.flatMap((m) => (m.date?.year !== undefined ? [m.date] : [])), datePartsOf(now)];
  return matches.map((match) => {
    const date = match.date;
    if (match.type !== 'date' || date?.year === undefined) return match;
    const isBirth = references.some((reference) => {
      const years = yearsBetween(date, reference);
      return years !== undefined && ages.some((age) => Math.abs(years - age) <= 1);
    });
    return isBirth ? { ...match, type: 'date-of-birth' } : match;
  });
}
