import type { Box, IdentifierType, Quad, Report } from '../engine/report';
import type { BoxReview } from '../wire/decision';
import { t } from '../i18n';
import { isKeptLabel } from '../settings/kept-labels';
import { clinicalType, describeIdentifier, readText, regionOf, unmatchedText, whyIdentifier } from './findings';

/** An area the redacted copy will cover, with where it came from and why. */
export interface ReviewBox {
  id: string;
  box: Box;
  kind: 'face' | 'identifier' | 'text' | 'user';
  /** For identifiers, the rule that matched (for the audit log's counts). */
  type?: IdentifierType;
  /** What the finding is, in plain words: "Date of birth 28/07/1944", "Text ‘BLI’", "Face 1". */
  label: string;
  /** What OCR read there (identifiers and other text), dates in UK order. */
  read?: string;
  /** Why it was flagged: the rule or detector that matched. */
  why: string;
  /** Other text only: the words that could be kept as a label. */
  keepable?: string;
  /** The text line's rotated outline, when the detector found one. */
  quad?: Quad;
}

/**
 * The areas to cover by default: faces, identifiers and any other text (GMC: remove on-image writing before using
 * an image without consent), except text that is one of the `kept` labels. The user removes what they judge wrong.
 * Ids are stable whatever is kept: `text-<index in report.text>`.
 */
export function initialBoxes(report: Report, kept: readonly string[] = []): ReviewBox[] {
  // Numbered top to bottom within each kind, as a reader scans an overlay.
  const readingOrder = (a: ReviewBox, b: ReviewBox) => a.box[1] - b.box[1] || a.box[0] - b.box[0];
  return [
    ...report.identifiers.map((id, i): ReviewBox => {
      const region = regionOf(report, id);
      return {
        id: `id-${i}`, box: id.box, kind: 'identifier', type: clinicalType(id, region), label: describeIdentifier(id, region),
        read: readText(region?.text ?? id.text), why: whyIdentifier(id, region), quad: region?.quad,
      };
    }).sort(readingOrder),
    ...report.faces.map((f, i): ReviewBox => ({
      id: `face-${i}`, box: f.box, kind: 'face', label: t('dialog_box_face', i + 1), why: t('dialog_why_face', Math.round(f.score * 100)),
    })),
    ...unmatchedText(report)
      .filter((r) => !isKeptLabel(r.text, kept))
      .map((r): ReviewBox => ({
        id: `text-${r.index}`, box: r.box, kind: 'text', label: t('dialog_box_text', readText(r.text)), read: readText(r.text),
        why: t('dialog_why_text'), keepable: r.text, quad: r.quad,
      }))
      .sort(readingOrder),
  ];
}

/**
 * Keeps a box on the image in whole pixels, at least 1×1: `trim` cuts what overhangs (a drawn or resized box),
 * `shift` slides the whole box back on (a moved box keeps its size).
 */
export function clampBox(box: Box, width: number, height: number, how: 'trim' | 'shift' = 'trim'): Box {
  if (how === 'shift') {
    const w = Math.max(1, Math.min(Math.round(box[2]), width));
    const h = Math.max(1, Math.min(Math.round(box[3]), height));
    return [Math.max(0, Math.min(Math.round(box[0]), width - w)), Math.max(0, Math.min(Math.round(box[1]), height - h)), w, h];
  }
  const x = Math.max(0, Math.min(Math.round(box[0]), width - 1));
  const y = Math.max(0, Math.min(Math.round(box[1]), height - 1));
  return [x, y, Math.max(1, Math.min(Math.round(box[2]), width - x)), Math.max(1, Math.min(Math.round(box[3]), height - y))];
}

/** A box the user drew, clamped to the image. */
export function userBox(box: Box, width: number, height: number, serial: number): ReviewBox {
  return { id: `user-${serial}`, box: clampBox(box, width, height), kind: 'user', label: t('dialog_box_user', serial), why: t('dialog_why_user') };
}

/** A box from two corners of a drag, in image pixels; undefined when too small to mean anything. */
export function boxFromDrag(a: { x: number; y: number }, b: { x: number; y: number }, minSize = 4): Box | undefined {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  const w = Math.abs(a.x - b.x);
  const h = Math.abs(a.y - b.y);
  return w >= minSize && h >= minSize ? [x, y, w, h] : undefined;
}

/** A box moved by (dx, dy) and grown by (dw, dh) from its bottom-right corner, kept on the image. */
export function adjustBox(box: Box, change: { dx?: number; dy?: number; dw?: number; dh?: number }, width: number, height: number): Box {
  const w = Math.max(4, box[2] + (change.dw ?? 0));
  const h = Math.max(4, box[3] + (change.dh ?? 0));
  const moved = change.dx !== undefined || change.dy !== undefined;
  return clampBox([box[0] + (change.dx ?? 0), box[1] + (change.dy ?? 0), w, h], width, height, moved ? 'shift' : 'trim');
}

/** What the user did to one image's marked areas: the kinds removed and how many were added, never their text. */
export function reviewOf(report: Report | undefined, boxes: readonly ReviewBox[], kept: readonly string[] = []): BoxReview {
  const added = boxes.filter((b) => b.kind === 'user').length;
  if (!report) return { found: 0, removed: {}, added };
  const found = initialBoxes(report, kept);
  const still = new Set(boxes.map((b) => b.id));
  const removed: Record<string, number> = {};
  for (const box of found) {
    if (still.has(box.id)) continue;
    const kind = box.kind === 'identifier' ? (box.type ?? 'identifier') : box.kind;
    removed[kind] = (removed[kind] ?? 0) + 1;
  }
  return { found: found.length, removed, added };
}

/**
 * True when the check marked areas and the user removed every one without drawing any: a "redaction" would cover
 * nothing, so it is not one. The dialog then treats attaching as the false-alarm path.
 */
export function nothingLeftToCover(images: readonly { report?: Report; boxes: readonly ReviewBox[] }[], kept: readonly string[] = []): boolean {
  const checked = images.filter((i) => i.report);
  const found = checked.reduce((n, i) => n + initialBoxes(i.report!, kept).length, 0);
  return found > 0 && images.every((i) => i.boxes.length === 0);
}
