/** Pure aggregation of per-image eval records into the tables and target verdicts. */
import type { FaceRecord, SyntheticRecord } from './records';
import { matchFaces } from './match';
import { formatRatio } from './table';
import { judge, type TargetResult } from './targets';
import { mean, percentile, ratio, type Ratio } from './stats';

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
  ['Tesseract PSM 3 + rules', (r) => r.tess3.identifiable],
  ['Tesseract PSM 11 + rules', (r) => r.tess11.identifiable],
  ['Tesseract 3∪11 + rules + Haar faces', (r) => r.tess3.identifiable || r.tess11.identifiable || r.haarFaces > 0],
];

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
const recallOf = (rs: readonly SyntheticRecord[], f: Flag): Ratio => ratio(rs.filter((r) => r.identifiable && f(r)).length, rs.filter((r) => r.identifiable).length);
const falseAlarmOf = (rs: readonly SyntheticRecord[], f: Flag): Ratio => ratio(rs.filter((r) => !r.identifiable && f(r)).length, rs.filter((r) => !r.identifiable).length);

/** Faces found and false faces over the annotated photos for one method. */
export function faceScore(records: readonly FaceRecord[], pick: (r: FaceRecord) => FaceRecord['engine']) {
  const m = records.map((r) => matchFaces(pick(r), r.truth));
  const truth = m.reduce((s, x) => s + x.found + x.missed, 0);
  const found = m.reduce((s, x) => s + x.found, 0);
  const falseFaces = m.reduce((s, x) => s + x.falseFaces, 0);
  return { recall: ratio(found, truth), falsePerImage: records.length ? falseFaces / records.length : Number.NaN, falseFaces };
}

/** Every number the report prints, plus the tables. */
export function summarise(synthetic: readonly SyntheticRecord[], faces: readonly FaceRecord[]) {
  const ids = synthetic.flatMap((r) => r.identifiers);
  const area = (b: readonly number[]) => (b[2] ?? 0) * (b[3] ?? 0);
  const weighted = ids.reduce((s, i) => s + i.coverage * area(i.box), 0) / ids.reduce((s, i) => s + area(i.box), 0);
  const readable = ids.filter((i) => i.readableInOriginal);
  const leaked = ids.filter((i) => i.leaked);
  const cg = faceScore(faces, (r) => r.engine);
  const haar = faceScore(faces, (r) => r.haar);
  const verdict = METHODS[0]?.[1] ?? (() => false);
  const headline = { recall: recallOf(synthetic, verdict), falseAlarms: falseAlarmOf(synthetic, verdict) };

  const detection: Table = {
    title: 'Identifiable images (synthetic pairs)',
    header: ['Method', 'Recall of identifiable', 'False alarms on clean'],
    rows: METHODS.map(([name, f]) => [name, formatRatio(recallOf(synthetic, f)), formatRatio(falseAlarmOf(synthetic, f))]),
  };
  const kinds = [...new Set(synthetic.map((r) => r.kind))];
  const byKind: Table = {
    title: 'By kind (recall / false alarms)',
    header: ['Kind', 'Consent Guard', 'Tesseract 11 + rules', 'CG false faces on clean'],
    rows: kinds.map((k) => {
      const rs = synthetic.filter((r) => r.kind === k);
      const cell = (f: Flag) => `${formatRatio(recallOf(rs, f), 2)} / ${formatRatio(falseAlarmOf(rs, f), 2)}`;
      return [k, cell(verdict), cell((r) => r.tess11.identifiable), String(rs.filter((r) => !r.identifiable && r.engineFaces > 0).length)];
    }),
  };
  const types = [...new Set(ids.map((i) => i.type))].sort();
  const byType: Table = {
    title: 'Identifiers by type (found = compatible finding overlaps truth box; covered = redaction fills ≥ 99 % of it)',
    header: ['Type', 'n', 'CG found', 'CG found or covered', 'Tess 3 + rules', 'Tess 11 + rules'],
    rows: types.map((t) => {
      const xs = ids.filter((i) => i.type === t);
      const r = (f: (i: (typeof ids)[number]) => boolean) => formatRatio(ratio(xs.filter(f).length, xs.length), 2);
      return [t, String(xs.length), r((i) => i.engine), r((i) => i.engine || i.coverage >= 0.99), r((i) => i.tess3), r((i) => i.tess11)];
    }),
  };
  const covs = ids.map((i) => i.coverage);
  const redaction: Table = {
    title: 'Redaction of truth identifier boxes (Consent Guard default: all text lines + faces)',
    header: ['Measure', 'Value'],
    rows: [
      ['Identifier boxes', String(ids.length)],
      ['Pixel-weighted coverage', pct(weighted)],
      ['Boxes ≥ 99 % covered', formatRatio(ratio(covs.filter((c) => c >= 0.99).length, covs.length))],
      ['Worst box coverage', pct(Math.min(...covs))],
      ['Readable by tesseract in the original', formatRatio(ratio(readable.length, ids.length))],
      ['Read by tesseract on the redacted copy (leaks)', String(leaked.length)],
    ],
  };
  const faceTable: Table = {
    title: `Faces on ${faces.length} annotated photos (IoU ≥ 0.3 or centre inside, one-to-one)`,
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
  const targets: TargetResult[] = [
    judge({ name: 'Recall of identifiable images', kind: 'min', limit: 0.98, format: (v) => v.toFixed(3) }, headline.recall.value),
    judge({ name: 'False alarms on clean images', kind: 'max', limit: 0.05, format: pct }, headline.falseAlarms.value),
    judge({ name: 'Redaction coverage (pixel-weighted)', kind: 'min', limit: 0.99, format: pct }, weighted),
    judge({ name: 'Identifiers leaked after redaction', kind: 'max', limit: 0, format: (v) => v.toFixed(0) }, leaked.length),
    judge({ name: 'Face recall (photos)', kind: 'min', limit: 0.95, format: (v) => v.toFixed(3) }, cg.recall.value),
  ];
  const numbers = { ...headline, coverage: { weighted, meanPerBox: mean(covs) }, leaks: leaked.map((i) => i.text), faces: { consentGuard: cg, haar } };
  return { numbers, tables: [detection, byKind, byType, redaction, faceTable, speed], targets };
}
