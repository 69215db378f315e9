import { t } from '../i18n';
import type { AuditFile } from './types';

/** A message for a code, or the code itself when there is none (for example entries written by an older version). */
function labelled(key: string, code: string): string {
  const text = t(key);
  return text === key ? code : text;
}

const snake = (code: string) => code.replace(/-/g, '_');

/** "Original attached after written consent was confirmed". */
export function decisionLabel(decision: string): string {
  return labelled(`audit_decision_${snake(decision)}`, decision);
}

/** "Identifiable", "Nothing found", "Not checked". */
export function verdictLabel(verdict: string): string {
  return labelled(`audit_verdict_${snake(verdict)}`, verdict);
}

/** "Original, metadata removed". */
export function attachedLabel(form: string | undefined): string {
  return form ? labelled(`audit_attached_${snake(form)}`, form) : '';
}

/** "Date of birth", "Face", "Other text". */
export function findingKindLabel(kind: string): string {
  if (kind === 'face') return t('audit_kind_face');
  if (kind === 'text') return t('audit_kind_text');
  if (kind === 'identifier') return t('audit_kind_identifier');
  // The dialog's name for an identifier type (lib/dialog/findings.ts identifierLabel), or the code for an unknown one.
  return labelled(`dialog_id_${snake(kind)}`, kind);
}

/** "1 face; Name ×2; NHS number ×1; metadata: GPSLatitude" — counts and kinds only, as the log holds nothing else. */
export function findingsLabel(file: AuditFile): string {
  const parts: string[] = [];
  if (file.faces > 0) parts.push(t('audit_faces', file.faces));
  for (const [type, n] of Object.entries(file.identifiers)) parts.push(`${findingKindLabel(type)} ×${n}`);
  if (file.metadataTags.length > 0) parts.push(t('audit_metadata', file.metadataTags.join(', ')));
  return parts.length > 0 ? parts.join('; ') : t('audit_nothing_found');
}

/** The same findings as codes: "faces:1;name:2;nhs-number:1;metadata:GPSLatitude". */
export function findingsCodes(file: AuditFile): string {
  const parts = file.faces > 0 ? [`faces:${file.faces}`] : [];
  for (const [type, n] of Object.entries(file.identifiers)) parts.push(`${type}:${n}`);
  for (const tag of file.metadataTags) parts.push(`metadata:${tag}`);
  return parts.join(';');
}

/** "Face ×1; Date of birth ×1" for the marked areas the user removed. */
export function removedLabel(removed: Record<string, number> | undefined): string {
  return Object.entries(removed ?? {}).map(([kind, n]) => `${findingKindLabel(kind)} ×${n}`).join('; ');
}

export function removedCodes(removed: Record<string, number> | undefined): string {
  return Object.entries(removed ?? {}).map(([kind, n]) => `${kind}:${n}`).join(';');
}
