import type { Box, IdentifierType, Report } from '../engine/report';
import type { BoxReview } from '../messaging/protocol';
import { t } from '../i18n';
import { identifierLabel, unmatchedText } from './findings';

/** An area the redacted copy will cover, with where it came from. */
export interface ReviewBox {
  id: string;
  box: Box;
  kind: 'face' | 'identifier' | 'text' | 'user';
  /** For identifiers, the rule that matched (for the audit log's counts). */
  type?: IdentifierType;
  label: string;
}

/**
 * The areas to cover by default: faces, identifiers and any other text (GMC: remove on-image
 * writing before using an image without consent). The user removes what they judge wrong.
 */
export function initialBoxes(report: Report): ReviewBox[] {
  return [
    ...report.faces.map((f, i): ReviewBox => ({ id: `face-${i}`, box: f.box, kind: 'face', label: t('dialog_box_face', i + 1) })),
    ...report.identifiers.map((id, i): ReviewBox => ({ id: `id-${i}`, box: id.box, kind: 'identifier', type: id.type, label: `${identifierLabel(id.type)} ${id.text}` })),
    ...unmatchedText(report).map((r, i): ReviewBox => ({ id: `text-${i}`, box: r.box, kind: 'text', label: t('dialog_box_text', r.text) })),
  ];
}

/** A box the user drew, clamped to the image and labelled with its place. */
export function userBox(box: Box, width: number, height: number, serial: number): ReviewBox {
  const x = Math.max(0, Math.min(box[0], width));
  const y = Math.max(0, Math.min(box[1], height));
  const w = Math.max(1, Math.min(box[2], width - x));
  const h = Math.max(1, Math.min(box[3], height - y));
  const clamped: Box = [Math.round(x), Math.round(y), Math.round(w), Math.round(h)];
  return { id: `user-${serial}`, box: clamped, kind: 'user', label: t('dialog_box_user', `${clamped[2]}×${clamped[3]} at ${clamped[0]}, ${clamped[1]}`) };
}

/** A box from two corners of a drag, in image pixels; undefined when too small to mean anything. */
export function boxFromDrag(a: { x: number; y: number }, b: { x: number; y: number }, minSize = 4): Box | undefined {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const w = Math.abs(a.x - b.x);
  const h = Math.abs(a.y - b.y);
  return w >= minSize && h >= minSize ? [x, y, w, h] : undefined;
}

/** What the user did to one image's marked areas: the kinds removed and how many were added, never their text. */
export function reviewOf(report: Report | undefined, boxes: readonly ReviewBox[]): BoxReview {
  if (!report) return { found: 0, removed: {}, added: 0 };
  const found = initialBoxes(report);
  const kept = new Set(boxes.map((b) => b.id));
  const removed: Record<string, number> = {};
  for (const box of found) {
    if (kept.has(box.id)) continue;
    const kind = box.kind === 'identifier' ? (box.type ?? 'identifier') : box.kind;
    removed[kind] = (removed[kind] ?? 0) + 1;
  }
  return { found: found.length, removed, added: boxes.filter((b) => b.kind === 'user').length };
}

/**
 * True when the check marked areas and the user removed every one without drawing any: a "redaction" would cover
 * nothing, so it is not one. The dialog then treats attaching as the false-alarm path.
 */
export function nothingLeftToCover(images: readonly { report?: Report; boxes: readonly ReviewBox[] }[]): boolean {
  const checked = images.filter((i) => i.report);
  const found = checked.reduce((n, i) => n + initialBoxes(i.report!).length, 0);
  return found > 0 && checked.every((i) => i.boxes.length === 0);
}
