/**
 * Pure matching of findings to ground truth: faces one-to-one, identifiers by
 * compatible type and overlap, and text normalisation for the leak check.
 */
import type { Box, IdentifierType } from '../../lib/engine/report';
import { centreInside, iou, overlaps } from './geometry';

/** How a found face counts as a true face. */
export interface FaceMatchRule {
  /** Minimum IoU. Default 0.3. */
  minIou?: number;
}

/** Faces matched one-to-one: true faces found, true faces missed, found boxes matching nothing. */
export interface FaceMatch {
  found: number;
  missed: number;
  falseFaces: number;
}

/** True when `found` matches `truth`: IoU ≥ minIou, or either box's centre lies inside the other. */
export function faceMatches(found: Box, truth: Box, rule: FaceMatchRule = {}): boolean {
  return iou(found, truth) >= (rule.minIou ?? 0.3) || centreInside(found, truth) || centreInside(truth, found);
}

/**
 * Greedy one-to-one matching, best IoU first, so one big box cannot claim two
 * faces and two boxes on one face count one hit and one false face.
 */
export function matchFaces(found: readonly Box[], truth: readonly Box[], rule: FaceMatchRule = {}): FaceMatch {
  const pairs: Array<{ f: number; t: number; score: number }> = [];
  found.forEach((f, fi) => truth.forEach((t, ti) => {
    if (faceMatches(f, t, rule)) pairs.push({ f: fi, t: ti, score: iou(f, t) });
  }));
  pairs.sort((a, b) => b.score - a.score);
  const usedF = new Set<number>();
  const usedT = new Set<number>();
  for (const p of pairs) {
    if (usedF.has(p.f) || usedT.has(p.t)) continue;
    usedF.add(p.f);
    usedT.add(p.t);
  }
  return { found: usedT.size, missed: truth.length - usedT.size, falseFaces: found.length - usedF.size };
}

/**
 * Types that name the same kind of fact: a date of birth reported as a date,
 * an age reported as age-sex, an NHS number reported as another reference.
 */
const GROUPS: readonly (readonly IdentifierType[])[] = [
  ['name'],
  ['date-of-birth', 'date'],
  ['time'],
  ['nhs-number', 'chi-number', 'hospital-number', 'other'],
  ['age', 'sex', 'age-sex'],
  ['institution', 'address', 'postcode'],
  ['phone'],
  ['email'],
];

/** True when a finding of type `found` counts for a truth identifier of type `truth`. */
export function compatibleTypes(found: IdentifierType, truth: IdentifierType): boolean {
  return found === truth || GROUPS.some((g) => g.includes(found) && g.includes(truth));
}

/** True when some finding of a compatible type overlaps the truth box. */
export function identifierFound(truth: { type: IdentifierType; box: Box }, findings: readonly { type: IdentifierType; box: Box }[]): boolean {
  return findings.some((f) => compatibleTypes(f.type, truth.type) && overlaps(f.box, truth.box));
}

/**
 * For the rules on the text as drawn, where lines carry no word boxes and a finding's box is only a
 * proportional slice of its line: found when a compatible finding overlaps the truth box, or when its
 * text (normalised) is the truth's, contains it, or (4+ characters) lies inside it.
 */
export function identifierFoundByText(truth: { type: IdentifierType; box: Box; text: string }, findings: readonly { type: IdentifierType; box: Box; text: string }[]): boolean {
  const t = normaliseText(truth.text);
  return findings.some((f) => {
    if (!compatibleTypes(f.type, truth.type)) return false;
    const n = normaliseText(f.text);
    return overlaps(f.box, truth.box) || n === t || (t.length > 0 && n.includes(t)) || (n.length >= 4 && t.includes(n));
  });
}

/** Upper case, letters and digits only: "Walker^Patricia" → "WALKERPATRICIA". */
export function normaliseText(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/**
 * True when OCR output contains the identifier (both normalised). Identifiers
 * shorter than `minLength` normalised characters ("M", "F") are never counted:
 * any page of text contains them.
 */
export function leaks(identifier: string, ocrText: string, minLength = 4): boolean {
  const needle = normaliseText(identifier);
  return needle.length >= minLength && normaliseText(ocrText).includes(needle);
}
