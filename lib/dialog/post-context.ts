import { findIdentifiersInText } from '../engine/identifiers';
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

/** Identifying context in the post's own text, checked with the same rules as the image. */
export function findPostContext(composerText: string): IdentifierFinding[] {
  if (composerText.trim() === '') return [];
  try {
    return findIdentifiersInText(composerText);
  } catch {
    return [];
  }
}

/** "Your post mentions: ‘this morning on my list’ (a time)". */
export function describePostFinding(finding: IdentifierFinding): string {
  return t('dialog_post_mentions', [finding.text, t(`dialog_kind_${KIND[finding.type]}`)]);
}
