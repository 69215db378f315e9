/** Pure summary of benchmark samples into tables and target verdicts. */
import type { ZipSize } from './bench-extras';
import type { BenchImage } from './bench-images';
import { medianStages, p50p95, type Sample } from './bench-measure';
import type { TitledTable } from './output';
import { judge, type TargetResult } from './targets';

/** Everything measured in one browser. */
export interface BrowserRun {
  browser: string;
  /** First check after each fresh start, on the first image. */
  cold: Sample[];
  /** Warm samples per image label. */
  warm: Record<string, Sample[]>;
  memory: { peakMiB: number; rssMiB: number; processes: number; what: string };
  error?: string;
}

/** Inputs of {@link benchTables}. */
export interface BenchData {
  runs: readonly BrowserRun[];
  images: readonly BenchImage[];
  zips: readonly ZipSize[];
  /** Median native tesseract ms per image label. */
  tesseract: Record<string, number>;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const pair = (s: { p50: number; p95: number }) => `${ms(s.p50)} / ${ms(s.p95)}`;
const secs = (v: number) => `${(v / 1000).toFixed(2)} s`;
const STAGES = ['decode', 'metadata', 'faces', 'textDetect', 'textOcr', 'textSparse', 'text', 'identifiers', 'total'];

/** Tables, targets and the headline numbers. */
export function benchTables(d: BenchData) {
  const latency: TitledTable = {
    title: 'Attach → dialog and attach → findings (ms, p50 / p95)',
    header: ['Browser', 'Image', 'Runs', 'Dialog', 'Findings', 'Findings p50 ÷ tesseract'],
    rows: d.runs.flatMap((r) => [
      [r.browser, `cold: ${d.images[0]?.label ?? ''}`, String(r.cold.length), pair(p50p95(r.cold.map((s) => s.dialogMs))), pair(p50p95(r.cold.map((s) => s.shownMs))), ''],
      ...d.images.map((img) => {
        const xs = r.warm[img.label] ?? [];
        const shown = p50p95(xs.map((s) => s.shownMs));
        const ratio = shown.p50 / (d.tesseract[img.label] ?? Number.NaN);
        return [r.browser, `warm: ${img.label}`, String(xs.length), pair(p50p95(xs.map((s) => s.dialogMs))), pair(shown), Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '–'];
      }),
      ...(r.error ? [[r.browser, `error: ${r.error}`, '', '', '', '']] : []),
    ]),
  };
  const stages: TitledTable = {
    title: 'Engine stages, warm (median ms from the report’s timings); "other" = findings p50 − engine total (messaging, dialog, decode of the thumbnail)',
    header: ['Browser', 'Image', ...STAGES, 'other'],
    rows: d.runs.flatMap((r) => d.images.map((img) => {
      const xs = r.warm[img.label] ?? [];
      const st = medianStages(xs);
      const other = p50p95(xs.map((s) => s.shownMs)).p50 - (st.total ?? Number.NaN);
      return [r.browser, img.label, ...STAGES.map((k) => ms(st[k] ?? Number.NaN)), ms(other)];
    })),
  };
  const native: TitledTable = {
    title: 'Native tesseract 5 (`tesseract IMAGE stdout`, PSM 3, median of 3) on the same images',
    header: ['Image', 'Pixels', 'File MB', 'tesseract ms'],
    rows: d.images.map((i) => [i.label, `${i.width}×${i.height}`, (i.bytes / 1e6).toFixed(2), ms(d.tesseract[i.label] ?? Number.NaN)]),
  };
  const memory: TitledTable = {
    title: 'Engine host memory after all runs',
    header: ['Browser', 'Peak RSS MiB', 'RSS now MiB', 'Processes', 'What'],
    rows: d.runs.map((r) => [r.browser, ms(r.memory.peakMiB), ms(r.memory.rssMiB), String(r.memory.processes), r.memory.what]),
  };
  const packages: TitledTable = { title: 'Zipped packages', header: ['Browser', 'File', 'MB'], rows: d.zips.map((z) => [z.browser, z.file, z.mb.toFixed(2)]) };

  const warmP95 = (r: BrowserRun, label: string | undefined) => p50p95((r.warm[label ?? ''] ?? []).map((s) => s.shownMs)).p95;
  const targets: TargetResult[] = d.runs.flatMap((r) => [
    judge({ name: `${r.browser}: findings p95 warm, ${d.images[0]?.label}`, kind: 'max', limit: 1000, format: secs }, warmP95(r, d.images[0]?.label)),
    ...d.images.slice(2).map((img) => judge({ name: `${r.browser}: findings p95 warm, ${img.label}`, kind: 'max', limit: 2500, format: secs }, warmP95(r, img.label))),
    judge({ name: `${r.browser}: dialog p95 (all warm runs)`, kind: 'max', limit: 100, format: (v) => `${v.toFixed(0)} ms` }, p50p95(Object.values(r.warm).flat().map((s) => s.dialogMs)).p95),
    judge({ name: `${r.browser}: first check after start (cold p95)`, kind: 'max', limit: 3000, format: secs }, p50p95(r.cold.map((s) => s.shownMs)).p95),
  ]);
  targets.push(...d.zips.map((z) => judge({ name: `${z.browser} zip size`, kind: 'max', limit: 30, format: (v) => `${v.toFixed(2)} MB` }, z.mb)));
  return { tables: [latency, stages, native, memory, packages], targets, numbers: { memory: d.runs.map((r) => ({ browser: r.browser, ...r.memory })) } };
}
