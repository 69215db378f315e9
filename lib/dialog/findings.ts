import { nhsCheckDigitValid } from '../engine/identifiers/check-digits';
import type { Box, IdentifierFinding, IdentifierType, MetadataFinding, Report } from '../engine/report';
import { t } from '../i18n';
import { hasFindings } from '../settings/modes';

/** One finding in plain words, for the list beside an image. */
export interface FindingLine {
  kind: 'face' | 'identifier' | 'text' | 'metadata' | 'none';
  text: string;
}

/** "Date of birth", "NHS number": the label of an identifier type. */
export function identifierLabel(type: IdentifierType): string {
  return t(`dialog_id_${type.replace(/-/g, '_')}`);
}

/** "NHS number 999 123 4560 (valid check digit)", "Date of birth 12/03/1956". */
export function describeIdentifier(finding: IdentifierFinding): string {
  const plain = `${identifierLabel(finding.type)} ${finding.text}`;
  if (finding.type !== 'nhs-number') return plain;
  const digits = finding.text.replace(/\D/g, '');
  return t(nhsCheckDigitValid(digits) ? 'dialog_check_digit_valid' : 'dialog_check_digit_invalid', plain);
}

/** "Location in photo metadata", "Date in photo metadata: 2024-03-12". */
export function describeMetadata(finding: MetadataFinding): string {
  if (/^GPS:/i.test(finding.tag)) return finding.tag === 'GPS:DateStamp' ? t('dialog_metadata_date', finding.value) : t('dialog_metadata_location');
  if (/thumbnail/i.test(finding.tag)) return t('dialog_metadata_thumbnail');
  if (/date|time/i.test(finding.tag)) return t('dialog_metadata_date', finding.value);
  const tag = finding.tag.split(':').pop() ?? finding.tag;
  return t('dialog_metadata_other', `${tag} ${finding.value}`.trim());
}

/** Whether box `a` lies mostly inside box `b` (an identifier inside its text line). */
export function mostlyInside(a: Box, b: Box): boolean {
  const w = Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
  return a[2] * a[3] > 0 && (w * h) / (a[2] * a[3]) >= 0.5;
}

/** Text regions that no identifier came from: listed for the user to judge. */
export function unmatchedText(report: Report): Report['text'] {
  return report.text.filter((region) => !report.identifiers.some((id) => mostlyInside(id.box, region.box)));
}

/** Every finding of one image in plain words. Faces always get a line: "No faces found", never "safe". */
export function describeReport(report: Report): FindingLine[] {
  const faces = report.faces.length;
  const lines: FindingLine[] = [
    { kind: faces > 0 ? 'face' : 'none', text: faces === 0 ? t('dialog_faces_none') : faces === 1 ? t('dialog_faces_one') : t('dialog_faces_many', faces) },
  ];
  for (const id of report.identifiers) lines.push({ kind: 'identifier', text: describeIdentifier(id) });
  if (report.identifiers.length === 0) lines.push({ kind: 'none', text: t('dialog_identifiers_none') });
  for (const region of unmatchedText(report)) lines.push({ kind: 'text', text: t('dialog_text_review', region.text) });
  for (const m of report.metadata) lines.push({ kind: 'metadata', text: describeMetadata(m) });
  return lines;
}

/** Whether the report found anything that could identify a patient (faces, identifiers, metadata). */
export const reportHasIdentifying: (report: Report) => boolean = hasFindings;
