/** Pure aggregation of per-image eval records of one part into tables, target verdicts and the misses. */
import type { FaceRecord, IdentifierOutcome, Part, SyntheticRecord } from './records';
import { matchFaces } from './match';
import { formatRatio } from './table';
import { judge, type TargetResult } from './targets';
import { percentile, ratio, type Ratio } from './stats';
import { missedLists } from './missed';
import { faceVariantTable, faceScore } from './face-score';

/** A table: header and rows of cells. */
export interface Table {
  title: string;
  header: string[];
  rows: string[][];
}

type Flag = (r: SyntheticRecord) => boolean;

/** The ways of calling an image identifiable that the eval compares. */
export const METHODS: ReadonlyArray<[string, Flag]> = [
  ['Consent Guard (verdict)', (r) => r.verdict === 'identifiable'],
  ['Consent Guard, identifiers only', (r) => r.engineByText],
  ['Rules on the text as drawn (no OCR)', (r) => r.rulesOnTruth.identifiable],
  ['Tesseract PSM 3 + rules', (r) => r.tess3.identifiable],
  ['Tesseract PSM 11 + rules', (r) => r.tess11.identifiable],
  ['Tesseract 3∪11 + rules + Haar faces', (r) => r.tess3.identifiable || r.tess11.identifiable || r.haarFaces > 0],
];

/** The targets (issue 13 §7). */
export const LIMITS = { imageRecall: 0.99, falseAlarms: 0.05, typeRecall: 0.95, minTypeN: 5, covered: 0.99, leaks: 0, faceRecall: 0.95, falseFaces: 0.1 } as const;

/** A box counts as redacted when the fill covers this share of it. */
const COVERED = 0.99;

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
const recallOf = (rs: readonly SyntheticRecord[], f: Flag): Ratio => ratio(rs.filter((r) => r.identifiable && f(r)).length, rs.filter((r) => r.identifiable).length);
const falseAlarmOf = (rs: readonly SyntheticRecord[], f: Flag): Ratio => ratio(rs.filter((r) => !r.identifiable && f(r)).length, rs.filter((r) => !r.identifiable).length);
const share = (xs: readonly IdentifierOutcome[], f: (i: IdentifierOutcome) => boolean): Ratio => ratio(xs.filter(f).length, xs.length);

/** Every number, table and target for one part. */
export interface PartSummary {
  part: Part;
  numbers: {
    recall: Ratio;
    falseAlarms: Ratio;
    perType: Record<string, Ratio>;
    covered: Ratio;
    pixelCoverage: number;
    leaks: string[];
    faces: ReturnType<typeof faceScore>;
  };
  tables: Table[];
  targets: TargetResult[];
  /** Plain lines saying what is still missed and why. */
  missed: string[];
}

/** Summarises one part's records. */
export function summarisePart(part: Part, synthetic: readonly SyntheticRecord[], faces: readonly FaceRecord[]): PartSummary {
  const ids = synthetic.flatMap((r) => r.identifiers);
  const area = (b: readonly number[]) => (b[2] ?? 0) * (b[3] ?? 0);
  const totalArea = ids.reduce((s, i) => s + area(i.box), 0);
  const pixelCoverage = totalArea > 0 ? ids.reduce((s, i) => s + i.coverage * area(i.box), 0) / totalArea : Number.NaN;
  const covered = share(ids, (i) => i.coverage >= COVERED);
  const leaked = ids.filter((i) => i.leaked);
  const cg = faceScore(faces, (r) => r.engine);
  const haar = faceScore(faces, (r) => r.haar);
  const verdict = METHODS[0]?.[1] ?? (() => false);
  const recall = recallOf(synthetic, verdict);
  const falseAlarms = falseAlarmOf(synthetic, verdict);
  const types = [...new Set(ids.map((i) => i.type))].sort();
  const perType = Object.fromEntries(types.map((t) => [t, share(ids.filter((i) => i.type === t), (i) => i.engine)]));

  const detection: Table = {
    title: 'Identifiable images (synthetic pairs)',
    header: ['Method', 'Recall of identifiable', 'False alarms on clean'],
    rows: METHODS.map(([name, f]) => [name, formatRatio(recallOf(synthetic, f)), formatRatio(falseAlarmOf(synthetic, f))]),
  };
  const kinds = [...new Set(synthetic.map((r) => r.kind))];
  const byKind: Table = {
    title: 'By scene kind (recall / false alarms; identifiers found)',
    header: ['Kind', 'Consent Guard', 'CG identifiers found', 'Rules on drawn text', 'Tesseract 11 + rules', 'CG false faces on clean'],
    rows: kinds.map((k) => {
      const rs = synthetic.filter((r) => r.kind === k);
      const cell = (f: Flag) => `${formatRatio(recallOf(rs, f), 2)} / ${formatRatio(falseAlarmOf(rs, f), 2)}`;
      const kid = rs.flatMap((r) => r.identifiers);
      return [k, cell(verdict), formatRatio(share(kid, (i) => i.engine), 2), cell((r) => r.rulesOnTruth.identifiable), cell((r) => r.tess11.identifiable), String(rs.filter((r) => !r.identifiable && r.engineFaces > 0).length)];
    }),
  };
  const byType: Table = {
    title: `Identifiers by type (found = a finding of a compatible type overlaps the truth box; covered = the redaction fills ≥ ${COVERED * 100} % of it)`,
    header: ['Type', 'n', 'CG found', 'CG found or covered', 'Rules on drawn text', 'Tess 3 + rules', 'Tess 11 + rules'],
    rows: types.map((t) => {
      const xs = ids.filter((i) => i.type === t);
      const r = (f: (i: IdentifierOutcome) => boolean) => formatRatio(share(xs, f), 2);
      return [t, String(xs.length), r((i) => i.engine), r((i) => i.engine || i.coverage >= COVERED), r((i) => i.rulesOnTruth), r((i) => i.tess3), r((i) => i.tess11)];
    }),
  };
  const covs = ids.map((i) => i.coverage);
  const redaction: Table = {
    title: 'Redaction of truth identifier boxes (Consent Guard default: all text lines + faces)',
    header: ['Measure', 'Value'],
    rows: [
      ['Identifier boxes', String(ids.length)],
      [`Boxes ≥ ${COVERED * 100} % covered`, formatRatio(covered)],
      ['Pixel-weighted coverage', pct(pixelCoverage)],
      ['Worst box coverage', covs.length ? pct(Math.min(...covs)) : '–'],
      ['Readable by tesseract in the original', formatRatio(share(ids, (i) => i.readableInOriginal))],
      ['Read by tesseract on the redacted copy (leaks)', String(leaked.length)],
    ],
  };
  const faceTable: Table = {
    title: `Faces on ${faces.length} annotated photos, ${faces.reduce((s, f) => s + f.truth.length, 0)} faces (IoU ≥ 0.3 or centre inside, one-to-one)`,
    header: ['Method', 'Face recall', 'False faces / image', 'Median ms / image'],
    rows: [
      ['Consent Guard (BlazeFace)', formatRatio(cg.recall), cg.falsePerImage.toFixed(2), percentile(faces.map((f) => f.engineMs), 50).toFixed(0)],
      ['OpenCV Haar (frontalface_default)', formatRatio(haar.recall), haar.falsePerImage.toFixed(2), percentile(faces.map((f) => f.haarMs), 50).toFixed(0)],
    ],
  };
  const ms = (xs: number[]) => `${percentile(xs, 50).toFixed(0)} / ${percentile(xs, 95).toFixed(0)}`;
  const speed: Table = {
    title: 'Time per synthetic image in Node (p50 / p95 ms; the whole check vs one OCR pass)',
    header: ['Method', 'ms'],
    rows: [
      ['Consent Guard whole check', ms(synthetic.map((r) => r.engineMs))],
      ['Tesseract PSM 3 (TSV)', ms(synthetic.map((r) => r.tess3.ms))],
      ['Tesseract PSM 11 (TSV)', ms(synthetic.map((r) => r.tess11.ms))],
    ],
  };
  const ratioFormat = (v: number) => v.toFixed(3);
  const typeTargets = types
    .filter((t) => (perType[t]?.total ?? 0) >= LIMITS.minTypeN)
    .map((t) => judge({ name: `Identifier recall: ${t} (n ${perType[t]?.total})`, kind: 'min', limit: LIMITS.typeRecall, format: ratioFormat }, perType[t]?.value ?? Number.NaN));
  const targets: TargetResult[] = [
    judge({ name: 'Recall of identifiable images', kind: 'min', limit: LIMITS.imageRecall, format: ratioFormat }, recall.value),
    judge({ name: 'False alarms on clean images', kind: 'max', limit: LIMITS.falseAlarms, format: pct }, falseAlarms.value),
    ...typeTargets,
    judge({ name: `Identifier boxes ≥ ${COVERED * 100} % redacted`, kind: 'min', limit: LIMITS.covered, format: pct }, covered.value),
    judge({ name: 'Identifiers leaked after redaction', kind: 'max', limit: LIMITS.leaks, format: (v) => v.toFixed(0) }, leaked.length),
    judge({ name: 'Face recall (photos)', kind: 'min', limit: LIMITS.faceRecall, format: ratioFormat }, cg.recall.value),
    judge({ name: 'False faces per photo', kind: 'max', limit: LIMITS.falseFaces, format: (v) => v.toFixed(2) }, cg.falsePerImage),
  ];
  return {
    part,
    numbers: { recall, falseAlarms, perType, covered, pixelCoverage, leaks: leaked.map((i) => i.text), faces: cg },
    tables: [detection, byKind, byType, redaction, faceTable, faceVariantTable(faces), speed],
    targets,
    missed: missedLists(synthetic, faces),
  };
}

/** Re-exported for the unit tests and older callers. */
export { matchFaces };
