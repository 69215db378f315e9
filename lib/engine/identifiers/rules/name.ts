import { matchAllWithIndices, spanOf } from '../regex-helpers';
import type { IdentifierRule, RawMatch, RuleInput } from '../types';

/** Words that follow "Patient"/"Name" on clinical screens but are not names, or that start the next field. */
const NOT_A_NAME = new Set(
  (
    'position orientation id identifier no number details detail information info data type status comments ' +
    'comment consent dob d.o.b age sex gender birth born date address location ward weight height list record ' +
    'records notes safety unknown anonymous anon none nhs mrn chi hosp hospital tel phone study series exam ' +
    'referring physician doctor consultant clinician procedure left right ap pa lat ct mri mr us xr pet ecg ' +
    'chest abdomen head pelvis portable supine erect view report image images time accession name names ' +
    'surname forename postcode unit case room bed patient the and of for to with was is has in on at'
  ).split(' '),
);

/** A capitalised or upper-case word, an initial, or a hyphenated/apostrophised surname. */
const NAME_WORD = String.raw`[A-Z](?:[A-Za-z'’\-]+|\.)?`;

/** Matches a word case-insensitively without making the whole pattern case-insensitive. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/gi, (ch) => `[${ch.toUpperCase()}${ch.toLowerCase()}]`);
}

const LABEL = [
  `${anyCase('patient')}['’]?s?[ \\t]+${anyCase('name')}`,
  `${anyCase('pt')}\\.?[ \\t]*${anyCase('name')}`,
  ...['full', 'last', 'first', 'family', 'given'].map((w) => `${anyCase(w)}[ \\t]+${anyCase('name')}s?`),
  `${anyCase('surname')}`,
  `${anyCase('forename')}s?`,
  `${anyCase('name')}`,
  `${anyCase('patient')}`,
  `${anyCase('pt')}`,
].join('|');

const LABELLED = new RegExp(
  String.raw`\b(?:${LABEL})\b\.?[ \t]*[:\-]?\s*(?<value>${NAME_WORD}(?:(?:\^|,[ \t]*|[ \t]+)${NAME_WORD}){0,4})`,
);

/** DICOM person name: SURNAME^FORENAME[^MIDDLE…]. */
const DICOM = /\b(?<value>[A-Z][A-Za-z'’\-]+\^[A-Za-z][A-Za-z'’\-]*(?:\^[A-Za-z'’\-]*){0,3})/;

/** "JONES, Mary" or "JONES, MARY". */
const SURNAME_COMMA = /\b(?<value>[A-Z]{2,}(?:['’\-][A-Z]+)*,[ \t]*[A-Z](?:[a-z]+|[A-Z]+)(?:[ \t]+[A-Z][a-z]+)?)\b/;

/** Titles as written; upper-case MR, MS and DR are left out because they are modalities and abbreviations. */
const TITLE = '(?:Mrs|Mr|Ms|Miss|Mx|Dr|Master|Prof|MRS|MISS|MASTER)';
const TITLED = new RegExp(String.raw`\b(?<value>${TITLE}\.?[ \t]+${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})`);

const WORD = /[^\s^,]+/g;

/** Ends the span before the first word that is not a name; `undefined` if the first word already is not. */
function nameEnd(text: string, start: number, end: number, skipFirst = false): number | undefined {
  let lastGood: number | undefined;
  let index = 0;
  for (const word of text.slice(start, end).matchAll(WORD)) {
    const isTitle = skipFirst && index === 0;
    index += 1;
    if (!isTitle && NOT_A_NAME.has(word[0].toLowerCase().replace(/[.:]+$/, ''))) break;
    if (!isTitle) lastGood = start + word.index + word[0].length;
  }
  return lastGood;
}

function toMatches(text: string, pattern: RegExp, confidence: number, skipFirst = false): RawMatch[] {
  return matchAllWithIndices(pattern, text).flatMap((m): RawMatch[] => {
    const { start, end } = spanOf(m, 'value');
    const cut = nameEnd(text, start, end, skipFirst);
    return cut === undefined ? [] : [{ type: 'name', start, end: cut, anchor: m.index, confidence }];
  });
}

/**
 * Patient names: a name label followed by capitalised words, DICOM SURNAME^FORENAME, "SURNAME, Forename",
 * and a title followed by capitalised words. Field names that follow "Patient" ("Patient Position") and
 * the next field's label ("DOB") end or cancel the match.
 */
export const nameRule: IdentifierRule = {
  id: 'name',
  scope: 'both',
  find({ text }: RuleInput): RawMatch[] {
    return [
      ...toMatches(text, LABELLED, 0.85),
      ...toMatches(text, DICOM, 0.9),
      ...toMatches(text, SURNAME_COMMA, 0.6),
      ...toMatches(text, TITLED, 0.8, true),
    ];
  },
};
