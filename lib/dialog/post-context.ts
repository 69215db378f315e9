import { findIdentifiersInText, nhsCheckDigitValid } from '../engine/identifiers';
import type { IdentifierFinding, IdentifierType } from '../engine/report';
import { t } from '../i18n';

const KIND: Record<IdentifierType, string> = {
  name: 'name',
  'date-of-birth': 'date',
  date: 'date',
  time: 'time',
  age: 'age',
  sex: 'age',
  'age-sex': 'age',
  institution: 'place',
  postcode: 'place',
  address: 'place',
  'nhs-number': 'number',
  'chi-number': 'number',
  'hospital-number': 'number',
  other: 'number',
  phone: 'contact',
  email: 'contact',
};

/** A finding in the post's text, or in the name of an attached file (`fileName`). */
export type ContextFinding = IdentifierFinding & { fileName?: string };

/** A file's name as words: "SMITH_John-9990000018.jpg" → "SMITH John 9990000018". */
const nameAsText = (fileName: string) => fileName.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[_+]+/g, ' ');

/**
 * Identifiers in the names of the attached files: a name travels with the file to the site. Besides
 * the post rules, a bare 10-digit run that passes the NHS check digit counts: cameras and phones
 * never name files that way, people filing a patient's pictures do.
 */
export function findFileNameContext(fileNames: readonly string[]): ContextFinding[] {
  return fileNames.flatMap((fileName) => {
    const text = nameAsText(fileName);
    const found: ContextFinding[] = findPostContext(text).map((f) => ({ ...f, fileName }));
    for (const match of text.matchAll(/(?<!\d)\d{10}(?!\d)/g)) {
      if (!nhsCheckDigitValid(match[0]) || found.some((f) => f.text.replace(/\D/g, '') === match[0])) continue;
      found.push({ type: 'nhs-number', text: match[0], box: [0, 0, 0, 0], fileName });
    }
    return found;
  });
}

/** Identifying context in the post's own text, checked with the same rules as the image. */
export function findPostContext(composerText: string, hospitalNumberPatterns: readonly string[] = []): IdentifierFinding[] {
  if (composerText.trim() === '') return [];
  try {
    return findIdentifiersInText(composerText, { hospitalNumberPatterns: [...hospitalNumberPatterns] });
  } catch {
    return [];
  }
}

/** What kind of detail a finding is, in words ("a time", "an identifying number"). */
export function kindOf(finding: IdentifierFinding): string {
  return t(`dialog_kind_${KIND[finding.type]}`);
}

/** "Your post mentions: ‘this morning on my list’ (a time)", or what a file's name gives away. */
export function describePostFinding(finding: ContextFinding): string {
  const kind = kindOf(finding);
  if (finding.fileName) return t('dialog_file_name_mentions', [finding.fileName, finding.text, kind]);
  return t('dialog_post_mentions', [finding.text, kind]);
}
