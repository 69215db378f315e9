import type { CheckProgress } from '../engine/progress';
import { t } from '../i18n';
import { describeIdentifier, describeMetadata, type FindingLine } from './findings';

/** After this long on one image the dialog says it is still checking and shows how far it has got. */
export const STILL_CHECKING_AFTER_MS = 2500;

/**
 * How far a check has got, 0..1, for the progress bar: metadata 5 %, faces 35 %, finding the
 * text 20 %, reading it 40 % (by lines read). Faces and text run side by side.
 */
export function progressFraction(progress: CheckProgress | undefined): number {
  if (!progress) return 0;
  const { found, lines } = progress.text;
  const reading = found === undefined ? 0 : found === 0 ? 1 : lines.length / found;
  return Math.min(1, (progress.metadata ? 0.05 : 0) + (progress.faces ? 0.35 : 0) + (found !== undefined ? 0.2 : 0) + 0.4 * reading);
}

/** The findings so far in plain words, and what is still being looked at. Faces are never "none" before the face check ends. */
export function describeProgress(progress: CheckProgress): FindingLine[] {
  const lines: FindingLine[] = [];
  const { faces, metadata, text } = progress;
  if (!faces) lines.push({ kind: 'none', text: t('dialog_progress_faces') });
  else if (faces.length > 0) lines.push({ kind: 'face', text: faces.length === 1 ? t('dialog_faces_one') : t('dialog_faces_many', faces.length) });
  else lines.push({ kind: 'none', text: t('dialog_faces_none') });
  for (const id of text.identifiers) lines.push({ kind: 'identifier', text: describeIdentifier(id) });
  if (text.found === undefined) lines.push({ kind: 'none', text: t('dialog_progress_text') });
  else if (text.lines.length < text.found) lines.push({ kind: 'none', text: t('dialog_progress_reading', [text.lines.length, text.found]) });
  for (const m of metadata ?? []) lines.push({ kind: 'metadata', text: describeMetadata(m) });
  return lines;
}
