import { nhsCheckDigitValid } from '../engine/identifiers/check-digits';
import type { Box, IdentifierFinding, IdentifierType, MetadataFinding, Report, TextRegion } from '../engine/report';
import { t } from '../i18n';
import { isKeptLabel } from '../settings/kept-labels';
import { hasFindings } from '../settings/modes';
import { britishDate, britishDatesIn } from './dates';

/** One finding in plain words, for the options page's practice check. */
export interface FindingLine {
  kind: 'face' | 'identifier' | 'text' | 'metadata' | 'none';
  text: string;
}

/** "Date of birth", "NHS number": the label of an identifier type. */
export function identifierLabel(type: IdentifierType): string {
  return t(`dialog_id_${type.replace(/-/g, '_')}`);
}

/** Dates, dates of birth and times of day read as a UK clinician writes them. */
const DATED: ReadonlySet<IdentifierType> = new Set(['date', 'date-of-birth']);

/** A birth label even when OCR garbles it: "DOB", "D.O.B", "D0B", "Birth", "Bith", "Born". */
const BIRTH_LABEL = /\b(d\.?\s?[o0]\.?\s?b\b|b[i1l|]?r?[t7]h|born)/i;

/** The text region an identifier was read from, if any. */
export function regionOf(report: Report, finding: IdentifierFinding): TextRegion | undefined {
  return report.text.find((region) => mostlyInside(finding.box, region.box));
}

/**
 * The identifier type as a clinician would name it: a plain "date" read beside a birth label that OCR
 * misread ("Bith: 07/28/1944") is a date of birth.
 */
export function clinicalType(finding: IdentifierFinding, region?: TextRegion): IdentifierType {
  if (finding.type === 'date' && region && BIRTH_LABEL.test(region.text.replace(finding.text, ' '))) return 'date-of-birth';
  return finding.type;
}

/** "NHS number 999 123 4560 (valid check digit)", "Date of birth 28/07/1944". */
export function describeIdentifier(finding: IdentifierFinding, region?: TextRegion): string {
  const type = clinicalType(finding, region);
  const value = DATED.has(type) ? britishDate(finding.text) : finding.text;
  const plain = `${identifierLabel(type)} ${value}`;
  if (type !== 'nhs-number') return plain;
  const digits = finding.text.replace(/\D/g, '');
  return t(nhsCheckDigitValid(digits) ? 'dialog_check_digit_valid' : 'dialog_check_digit_invalid', plain);
}

/** Why the rules flagged an identifier, in a clinician's words. */
export function whyIdentifier(finding: IdentifierFinding, region?: TextRegion): string {
  const type = clinicalType(finding, region);
  if (type === 'date-of-birth' && finding.type === 'date') return t('dialog_why_dob_label');
  return t(`dialog_why_${type.replace(/-/g, '_')}`);
}

/** "Location in photo metadata", "Date in photo metadata: 12/03/2024 09:41". */
export function describeMetadata(finding: MetadataFinding): string {
  if (/^GPS:/i.test(finding.tag)) return finding.tag === 'GPS:DateStamp' ? t('dialog_metadata_date', britishDate(finding.value)) : t('dialog_metadata_location');
  if (/thumbnail/i.test(finding.tag)) return t('dialog_metadata_thumbnail');
  if (/date|time/i.test(finding.tag)) return t('dialog_metadata_date', britishDate(finding.value));
  const tag = finding.tag.split(':').pop() ?? finding.tag;
  return t('dialog_metadata_other', `${tag} ${finding.value}`.trim());
}

/** Whether box `a` lies mostly inside box `b` (an identifier inside its text line). */
export function mostlyInside(a: Box, b: Box): boolean {
  const w = Math.max(0, Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]));
  const h = Math.max(0, Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]));
  return a[2] * a[3] > 0 && (w * h) / (a[2] * a[3]) >= 0.5;
}

/** Text regions that no identifier came from, with their index in `report.text`. */
export function unmatchedText(report: Report): (TextRegion & { index: number })[] {
  return report.text
    .map((region, index) => ({ ...region, index }))
    .filter((region) => !report.identifiers.some((id) => mostlyInside(id.box, region.box)));
}

/** Other text that is one of the kept labels: listed, never covered. */
export function keptText(report: Report, kept: readonly string[]): (TextRegion & { index: number })[] {
  return unmatchedText(report).filter((region) => isKeptLabel(region.text, kept));
}

/** "‘Birth: 28/07/1944’": what OCR read, with its dates in UK order. */
export function readText(text: string): string {
  return britishDatesIn(text);
}

/** Every finding of one image in plain words (the options page's practice check). Faces always get a line. */
export function describeReport(report: Report): FindingLine[] {
  const faces = report.faces.length;
  const lines: FindingLine[] = [];
  for (const id of report.identifiers) lines.push({ kind: 'identifier', text: describeIdentifier(id, regionOf(report, id)) });
  if (faces > 0) lines.push({ kind: 'face', text: faces === 1 ? t('dialog_faces_one') : t('dialog_faces_many', faces) });
  for (const region of unmatchedText(report)) lines.push({ kind: 'text', text: t('dialog_text_review', readText(region.text)) });
  for (const m of report.metadata) lines.push({ kind: 'metadata', text: describeMetadata(m) });
  if (faces === 0) lines.push({ kind: 'none', text: t('dialog_faces_none') });
  if (report.identifiers.length === 0) lines.push({ kind: 'none', text: t('dialog_identifiers_none') });
  return lines;
}

/** Whether the report found anything that could identify a patient (faces, identifiers, metadata). */
export const reportHasIdentifying: (report: Report) => boolean = hasFindings;
