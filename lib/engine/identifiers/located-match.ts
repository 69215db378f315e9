import type { IdentifierType } from '../report';
import type { DateParts, RawMatch } from './types';
import type { TextView } from './views';

/** Characters [start, end) of one OCR line. */
export interface LinePart {
  lineIndex: number;
  start: number;
  end: number;
}

/** A rule's match mapped back to the lines it covers. */
export interface LocatedMatch {
  type: IdentifierType;
  confidence: number;
  text: string;
  parts: LinePart[];
  date?: DateParts;
  age?: number;
}

/**
 * Maps a match in a view back to line characters. A paired view only owns matches that start in its
 * first line and reach into its second (label on one line, value on the next); others are found in
 * the single-line views, and dropping them here avoids duplicates.
 */
export function locateMatch(view: TextView, match: RawMatch): LocatedMatch | undefined {
  if (view.crossesAt !== undefined && !(match.anchor < view.crossesAt && match.end > view.crossesAt + 1)) {
    return undefined;
  }
  const parts = view.segments.flatMap((segment): LinePart[] => {
    const start = Math.max(match.start, segment.offset);
    const end = Math.min(match.end, segment.offset + segment.length);
    if (end <= start) return [];
    return [{ lineIndex: segment.lineIndex, start: start - segment.offset, end: end - segment.offset }];
  });
  if (parts.length === 0) return undefined;
  const text = view.text.slice(match.start, match.end).replace(/\s*\n\s*/g, ' ').trim();
  const located: LocatedMatch = { type: match.type, confidence: match.confidence, text, parts };
  if (match.date !== undefined) located.date = match.date;
  if (match.age !== undefined) located.age = match.age;
  return located;
}

/** Which type wins when two matches overlap with equal confidence: the more specific one. */
const TYPE_PRIORITY: readonly IdentifierType[] = [
  'nhs-number', 'chi-number', 'date-of-birth', 'email', 'postcode', 'phone', 'hospital-number',
  'name', 'age-sex', 'date', 'time', 'age', 'sex', 'address', 'institution', 'other',
];

function overlaps(a: LocatedMatch, b: LocatedMatch): boolean {
  return a.parts.some((p) => b.parts.some((q) => p.lineIndex === q.lineIndex && p.start < q.end && q.start < p.end));
}

function length(match: LocatedMatch): number {
  return match.parts.reduce((total, p) => total + p.end - p.start, 0);
}

/**
 * Keeps one match wherever matches overlap: the most confident, then the more specific type, then
 * the longer. Identical matches from different views collapse to one.
 */
export function resolveOverlaps(matches: readonly LocatedMatch[]): LocatedMatch[] {
  const ranked = [...matches].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      TYPE_PRIORITY.indexOf(a.type) - TYPE_PRIORITY.indexOf(b.type) ||
      length(b) - length(a),
  );
  const kept: LocatedMatch[] = [];
  for (const match of ranked) {
    if (!kept.some((k) => overlaps(k, match))) kept.push(match);
  }
  const firstPart = (m: LocatedMatch): LinePart => m.parts[0] ?? { lineIndex: 0, start: 0, end: 0 };
  return kept.sort((a, b) => firstPart(a).lineIndex - firstPart(b).lineIndex || firstPart(a).start - firstPart(b).start);
}
