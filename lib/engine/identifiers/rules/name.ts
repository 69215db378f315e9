import { COMMON_FORENAMES, COMMON_SURNAMES } from '../name-lists';
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

/**
 * Words that are common given names but also ordinary words on screens and labels ("MAX ZOOM",
 * "Grace period", "Iris Auto"): with no label they only count beside a known surname.
 */
const AMBIGUOUS_FORENAMES = new Set(
  'max mark dawn june grace rose ruby amber ivy holly hazel daisy poppy lily violet bill billy frank lee dean will iris ray joy faith hope may kay jack stanley sidney summer autumn'.split(' '),
);

/**
 * Upper-case words that appear beside names on devices and labels and are never surnames: modalities,
 * settings, specimen and site words ("Colon BIOPSY", "Sarah ZOOM" is not a name either).
 */
const NOT_A_SURNAME = new Set(
  (
    'zoom bli nbi lci wli cvp iris auto peak avg thi chi sri xbeam abd ob thy msk vasc ct mri mr us xr pet ' +
    'dr gn fr mi tis hz cm mm ml kv ma series im slice axial coronal sagittal contrast biopsy polyp excision ' +
    'specimen histopathology formalin harmful lesion site left right upper lower ap pa lat dob nhs mrn id no ' +
    'olympus fujifilm pentax evis logiq voluson acuson epiq aplio arietta ge philips siemens canon hitachi ' +
    'hospital clinic trust infirmary surgery ward theatre unit'
  ).split(' '),
);

/** A capitalised or upper-case word, an initial, or a hyphenated/apostrophised surname. */
const NAME_WORD = String.raw`[A-Z](?:[A-Za-z'’\-]+|\.)?`;

/** Matches a word case-insensitively without making the whole pattern case-insensitive. */
function anyCase(word: string): string {
  return word.replace(/[a-z]/gi, (ch) => `[${ch.toUpperCase()}${ch.toLowerCase()}]`);
}

/** "Name" as OCR reads it: "Narne" (rn for m) and "N@me" included. */
const NAME = String.raw`[Nn][Aa@](?:[Mm]|rn|RN)[Ee]`;
/** "Patient" with OCR's l/I for i. */
const PATIENT = String.raw`[Pp][Aa][Tt][IiLl1|][Ee][Nn][Tt]`;

const LABEL = [
  `${PATIENT}['’]?s?[ \\t]+${NAME}`,
  `(?:${anyCase('pt')}|${anyCase('pat')})\\.?[ \\t]*${NAME}`,
  ...['full', 'last', 'first', 'family', 'given'].map((w) => `${anyCase(w)}[ \\t]+${NAME}s?`),
  `${anyCase('surname')}`,
  `${anyCase('forename')}s?`,
  NAME,
  PATIENT,
  `${anyCase('pat')}`,
  `${anyCase('pt')}`,
].join('|');

const LABELLED = new RegExp(
  String.raw`\b(?:${LABEL})\b\.?[ \t]*[:;\-.]?\s*(?<value>${NAME_WORD}(?:(?:\^|,[ \t]*|[ \t]+)${NAME_WORD}){0,4})`,
);

/**
 * DICOM person name: SURNAME^FORENAME[^MIDDLE…]. OCR often reads the caret as "*", "~", "°" or a
 * straight or curly double quote, sometimes with a space after it; those count between two upper-case words.
 */
const DICOM = /\b(?<value>[A-Z][A-Za-z'’\-]+\^[A-Za-z][A-Za-z'’\-]*(?:\^[A-Za-z'’\-]*){0,3})/;
const DICOM_MISREAD = /\b(?<value>[A-Z]{2,} ?[*~°"`“”„] ?[A-Z]{2,}(?: ?[\^*~°"`“”„] ?[A-Z]+)?)\b/;

/** "JONES, Mary", "JONES, MARY"; OCR's "JONES. Mary" and "JONES; Mary" need a known name. */
const SURNAME_COMMA = /\b(?<value>[A-Z]{2,}(?:['’\-][A-Z]+)*,[ \t]*[A-Z](?:[a-z]+|[A-Z]+)(?:[ \t]+[A-Z][a-z]+)?)\b/;
const SURNAME_STOP = /\b(?<value>(?<a>[A-Z]{2,}(?:['’\-][A-Z]+)*)[.;][ \t]*(?<b>[A-Z](?:[a-z]+|[A-Z]+)))\b/;

/** A capitalised or upper-case word that could be part of a bare name. */
const BARE_WORD = /[A-Z](?:[a-z]+(?:-[A-Z][a-z]+)?|[A-Z]+(?:['’\-][A-Z]+)*)/g;

/** "ROBERTS oliver": OCR lost the comma of "ROBERTS, Oliver" and read the capital O small. */
const SURNAME_SMALL_FORENAME = /\b(?<value>(?<a>[A-Z]{2,}(?:['’\-][A-Z]+)*),?[ \t]+(?<b>[a-z]{3,}))\b/;

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

const lower = (w: string): string => w.toLowerCase().replace(/['’]/g, '');
const isForename = (w: string): boolean => COMMON_FORENAMES.has(lower(w));
const isClearForename = (w: string): boolean => isForename(w) && !AMBIGUOUS_FORENAMES.has(lower(w));
const isSurname = (w: string): boolean => COMMON_SURNAMES.has(lower(w));
/** Could be a surname: three or more letters and not a word that sits beside names on devices. */
const surnameLike = (w: string): boolean => w.replace(/['’\-]/g, '').length >= 3 && !NOT_A_SURNAME.has(lower(w)) && !NOT_A_NAME.has(lower(w));

const isUpperWord = (w: string): boolean => w.length >= 2 && w === w.toUpperCase();

/** Whether two bare words look like a person's name: a known given name beside a surname-like word. */
function namePair(a: string, b: string): boolean {
  if (!surnameLike(a) && !isForename(a)) return false;
  if (!surnameLike(b) && !isForename(b)) return false;
  if (isSurname(a) && isForename(b)) return true;
  if (isForename(a) && isSurname(b)) return true;
  // "Ciivia EVANS": a misread given name before a known surname in capitals, the overlay's Forename SURNAME.
  if (isSurname(b) && isUpperWord(b) && /^[A-Z][a-z]{2,}$/.test(a) && surnameLike(a)) return true;
  return (isClearForename(a) && surnameLike(b)) || (isClearForename(b) && surnameLike(a));
}

/** Unlabelled pairs (groups `a`, `b`) whose words pass {@link namePair}. */
function pairMatches(text: string, pattern: RegExp, confidence: number): RawMatch[] {
  return matchAllWithIndices(pattern, text).flatMap((m): RawMatch[] => {
    if (!namePair(m.groups?.a ?? '', m.groups?.b ?? '')) return [];
    return [{ type: 'name', ...spanOf(m, 'value'), anchor: m.index, confidence }];
  });
}

/**
 * Every two neighbouring bare words (one space or tab apart) that read as a name: "Mary JONES",
 * "JONES MARY", "Mary Jones". Each pair is tried, so "Thanks Mary Jones" yields both pairs and the
 * overlap resolution keeps the surer one (two known names beat one).
 */
function bareNamePairs(text: string): RawMatch[] {
  const words = [...text.matchAll(BARE_WORD)];
  const found: RawMatch[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i], b = words[i + 1];
    if (a === undefined || b === undefined) continue;
    const gap = text.slice(a.index + a[0].length, b.index);
    if (!/^[ \t]+$/.test(gap) || /[\w'’\-]/.test(text[b.index + b[0].length] ?? '') || /[\w'’\-]/.test(text[a.index - 1] ?? '')) continue;
    // A capitalised word after an upper-case one is a name only as SURNAME Forename ("SMITH John"), not "MARY Jones".
    if (isUpperWord(a[0]) && !isUpperWord(b[0]) && !(isSurname(a[0]) && isForename(b[0]))) continue;
    if (!namePair(a[0], b[0])) continue;
    const known = [a[0], b[0]].filter((w) => isForename(w) || isSurname(w)).length;
    found.push({ type: 'name', start: a.index, end: b.index + b[0].length, anchor: a.index, confidence: known === 2 ? 0.75 : 0.65 });
  }
  return found;
}

/** Letters OCR reads in place of a DICOM caret between SURNAME and FORENAME ("WALKERMPATRICIA"). */
const CARET_AS_LETTER = new Set(['A', 'M', 'N', 'H', 'X']);
const MERGED_CAPS = /\b[A-Z]{7,30}\b/g;

/**
 * An upper-case run that is a DICOM name with its caret read as a letter or dropped: "WALKERMPATRICIA",
 * "WALKERAPATRICIA", "WALKERPATRICIA". Splits where a common given name follows a surname-like part of
 * three or more letters (or a common surname precedes a given name).
 */
function mergedDicomNames(text: string): RawMatch[] {
  return [...text.matchAll(MERGED_CAPS)].flatMap((m): RawMatch[] => {
    const run = m[0];
    for (let cut = 3; cut <= run.length - 3; cut++) {
      const surname = run.slice(0, cut);
      for (const skip of [1, 0]) {
        if (skip === 1 && !CARET_AS_LETTER.has(run[cut] ?? '')) continue;
        const forename = run.slice(cut + skip);
        if (forename.length < 3) continue;
        if ((isForename(forename) && (isSurname(surname) || surnameLike(surname))) && !AMBIGUOUS_FORENAMES.has(forename.toLowerCase())) {
          return [{ type: 'name', start: m.index, end: m.index + run.length, anchor: m.index, confidence: isSurname(surname) ? 0.7 : 0.6 }];
        }
      }
    }
    return [];
  });
}

/**
 * Patient names: a name label (Name, Patient, Pt, Surname, Forename…, as OCR misreads them too) followed
 * by capitalised words; DICOM SURNAME^FORENAME (with the caret misread); "SURNAME, Forename"; a title
 * and capitalised words; and, with no label, "Forename SURNAME", "SURNAME FORENAME" or "Forename Surname"
 * when one word is a common given name and the other could be a surname. Runs on the text with digits
 * misread for letters fixed ("J0NES" → "JONES"). Field names after "Patient" ("Patient Position") and
 * the next field's label ("DOB") end or cancel the match.
 */
export const nameRule: IdentifierRule = {
  id: 'name',
  scope: 'both',
  find({ letters }: RuleInput): RawMatch[] {
    return [
      ...toMatches(letters, LABELLED, 0.85),
      ...toMatches(letters, DICOM, 0.9),
      ...toMatches(letters, DICOM_MISREAD, 0.7),
      ...toMatches(letters, SURNAME_COMMA, 0.6),
      ...pairMatches(letters, SURNAME_STOP, 0.6),
      ...toMatches(letters, TITLED, 0.8, true),
      ...bareNamePairs(letters),
      ...matchAllWithIndices(SURNAME_SMALL_FORENAME, letters).flatMap((m): RawMatch[] => {
        const a = m.groups?.a ?? '', b = m.groups?.b ?? '';
        return isClearForename(b) && surnameLike(a) ? [{ type: 'name', ...spanOf(m, 'value'), anchor: m.index, confidence: 0.6 }] : [];
      }),
      ...mergedDicomNames(letters),
    ];
  },
};
