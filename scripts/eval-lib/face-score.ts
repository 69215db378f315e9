/** Pure face scoring: recall and false faces over photos, and recall per face variant (tag). */
import type { Box } from '../../lib/engine/report';
import { faceMatches, matchFaces } from './match';
import type { FaceRecord } from './records';
import { formatRatio } from './table';
import { ratio, type Ratio } from './stats';

/** Faces found and false faces over the annotated photos for one method. */
export function faceScore(records: readonly FaceRecord[], pick: (r: FaceRecord) => Box[]): { recall: Ratio; falsePerImage: number; falseFaces: number } {
  const m = records.map((r) => matchFaces(pick(r), r.truth));
  const truth = m.reduce((s, x) => s + x.found + x.missed, 0);
  const found = m.reduce((s, x) => s + x.found, 0);
  const falseFaces = m.reduce((s, x) => s + x.falseFaces, 0);
  return { recall: ratio(found, truth), falsePerImage: records.length ? falseFaces / records.length : Number.NaN, falseFaces };
}

/**
 * Which truth faces of one photo a method found, by the same one-to-one matching as {@link matchFaces}
 * (best IoU first).
 */
export function foundFaces(found: readonly Box[], truth: readonly Box[]): boolean[] {
  const pairs: Array<{ f: number; t: number; score: number }> = [];
  found.forEach((f, fi) => truth.forEach((t, ti) => {
    if (faceMatches(f, t)) pairs.push({ f: fi, t: ti, score: iouOf(f, t) });
  }));
  pairs.sort((a, b) => b.score - a.score);
  const usedF = new Set<number>();
  const hit = truth.map(() => false);
  for (const p of pairs) {
    if (usedF.has(p.f) || hit[p.t]) continue;
    usedF.add(p.f);
    hit[p.t] = true;
  }
  return hit;
}

function iouOf(a: Box, b: Box): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  const inter = w > 0 && h > 0 ? w * h : 0;
  const union = a[2] * a[3] + b[2] * b[3] - inter;
  return union > 0 ? inter / union : 0;
}

/** Recall per face tag (a face's own tags plus its photo's), for Consent Guard and Haar. */
export function faceVariantTable(records: readonly FaceRecord[]): { title: string; header: string[]; rows: string[][] } {
  const faces = records.flatMap((r) => {
    const cg = foundFaces(r.engine, r.truth);
    const haar = foundFaces(r.haar, r.truth);
    return r.truth.map((_, i) => ({ tags: new Set([...(r.truthTags[i] ?? []), ...r.tags]), cg: cg[i] ?? false, haar: haar[i] ?? false }));
  });
  const tags = [...new Set(faces.flatMap((f) => [...f.tags]))].sort();
  return {
    title: 'Faces by variant (a face counts under each of its tags and its photo\'s)',
    header: ['Variant', 'Faces', 'Consent Guard found', 'Haar found'],
    rows: tags.map((t) => {
      const xs = faces.filter((f) => f.tags.has(t));
      return [t, String(xs.length), formatRatio(ratio(xs.filter((f) => f.cg).length, xs.length), 2), formatRatio(ratio(xs.filter((f) => f.haar).length, xs.length), 2)];
    }),
  };
}
