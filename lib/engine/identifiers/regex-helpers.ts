/** Characters allowed between a label and its value ("NHS No: ", "MRN - ", "DOB\n"). */
export const LABEL_GAP = String.raw`[\s:#=.\-]*`;

/** Ten digits with up to two stray spaces or hyphens between any two of them. */
export const TEN_LOOSE_DIGITS = String.raw`\d(?:[ \-]{0,2}\d){9}`;

/** Not preceded by a digit (a stray separator allowed), so a match never starts inside a longer number. */
export const NO_DIGIT_BEFORE = String.raw`(?<!\d[ \-]{0,2})`;

/** Not followed by a digit (a stray separator allowed), so a match never ends inside a longer number. */
export const NO_DIGIT_AFTER = String.raw`(?![ \-]{0,2}\d)`;

export interface Span {
  start: number;
  end: number;
}

/** Every match of `pattern` in `text`, with group offsets (the `d` flag is added). */
export function matchAllWithIndices(pattern: RegExp, text: string): RegExpExecArray[] {
  const flags = new Set([...pattern.flags, 'g', 'd']);
  const global = new RegExp(pattern.source, [...flags].join(''));
  return [...text.matchAll(global)].filter((m) => m[0].length > 0) as RegExpExecArray[];
}

/** Offsets of a named group (or the whole match when the group is absent or did not take part). */
export function spanOf(match: RegExpExecArray, group?: string): Span {
  const indices = match.indices;
  const pair = (group !== undefined ? indices?.groups?.[group] : undefined) ?? indices?.[0];
  if (pair === undefined) return { start: match.index, end: match.index + match[0].length };
  return { start: pair[0], end: pair[1] };
}

/** The text of a named group, or the empty string. */
export function groupText(match: RegExpExecArray, group: string): string {
  return match.groups?.[group] ?? '';
}

/** A regex alternation of phrases, with each space allowing any run of spaces or tabs. */
export function anyPhrase(phrases: readonly string[]): string {
  return `(?:${phrases.map((p) => p.replace(/ /g, String.raw`[ \t]+`)).join('|')})`;
}
