/** Pure summary of benchmark samples into tables and target verdicts. */
import type { CliMedians } from './bench-cli';
import type { ZipSize } from './bench-extras';
import type { BenchImage } from './bench-images';
import { medianStages, p50p95, type Sample } from './bench-measure';
import type { TitledTable } from './output';
import { judge, type TargetResult } from './targets';

type Memory = { peakMiB: number; rssMiB: number; processes: number; what: string };

/** Everything measured in one browser (or one build variant of it). */
export interface BrowserRun {
  browser: string;
  /** First check after each fresh start, attached as soon as the page loaded, on the first image. */
  cold: Sample[];
  /** First check after a fresh start, attached a few seconds after the page loaded. */
  coldDelayed: Sample[];
  /** Warm samples per image label. */
  warm: Record<string, Sample[]>;
  /** One check after a period without checks. */
  idle?: Sample;
  memory: Memory;
  /** The engine host process right after the browser started. */
  memoryAtStart?: Memory;
  /** A comparison build (ORT pinned to `threads`): only its warm runs are reported. */
  variant?: boolean;
  threads?: number;
  /** Median native tesseract ms per image label, measured right after this browser's warm runs. */
  tesseract?: Record<string, number>;
  error?: string;
}

/** Inputs of {@link benchTables}. */
export interface BenchData {
  runs: readonly BrowserRun[];
  images: readonly BenchImage[];
  zips: readonly ZipSize[];
  /** The command-line engine with 1 and 2 OCR workers and native tesseract, interleaved (median ms per image label). */
  cli: CliMedians;
  idleS: number;
  coldDelayMs: number;
  /** ORT threads of the shipped build on this machine. */
  shippedThreads: number;
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '–');
const pair = (s: { p50: number; p95: number }) => `${ms(s.p50)} / ${ms(s.p95)}`;
const secs = (v: number) => `${(v / 1000).toFixed(2)} s`;
const times = (v: number) => (Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');
const STAGES = ['decode', 'metadata', 'faces', 'textDetect', 'textOcr', 'textSparse', 'text', 'identifiers', 'total'];
const longTasks = (xs: readonly Sample[]) => xs.flatMap((s) => s.stalls?.longTasks ?? []);
const hasLongTaskApi = (xs: readonly Sample[]) => xs.some((s) => s.stalls?.longTasks);
const timerLate = (xs: readonly Sample[]) => {
  const late = xs.flatMap((s) => (s.stalls ? [s.stalls.maxTimerLateMs] : []));
  return late.length ? Math.max(...late) : Number.NaN;
};
const maxOf = (xs: readonly number[]) => (xs.length ? Math.max(...xs) : 0);

/** Sum of ours over sum of native tesseract across the images both have: one whole-set ratio. */
function setRatio(ours: (label: string) => number, tesseract: Record<string, number>, d: BenchData): number {
  let a = 0;
  let b = 0;
  for (const img of d.images) {
    const o = ours(img.label);
    const t = tesseract[img.label] ?? Number.NaN;
    if (Number.isFinite(o) && Number.isFinite(t)) [a, b] = [a + o, b + t];
  }
  return b > 0 ? a / b : Number.NaN;
}

const held = (samples: Sample[]) => samples.map((s) => s.heldMs ?? Number.NaN);

/** Tables, targets and the headline numbers. */
export function benchTables(d: BenchData) {
  const main = d.runs.filter((r) => !r.variant);
  const tesseractOf = (r: BrowserRun) => r.tesseract ?? main.find((m) => r.browser.startsWith(m.browser))?.tesseract ?? d.cli.tesseract;
  const warmP50 = (r: BrowserRun, label: string) => p50p95((r.warm[label] ?? []).map((s) => s.shownMs)).p50;
  const latency: TitledTable = {
    title: 'Attach → dialog and attach → findings (ms, p50 / p95)',
    header: ['Browser', 'Image', 'Runs', 'Held notice', 'Dialog', 'Findings', 'Findings p50 ÷ tesseract'],
    rows: d.runs.flatMap((r) => [
      ...(r.variant ? [] : [
        [r.browser, `cold: ${d.images[0]?.label ?? ''}`, String(r.cold.length), pair(p50p95(held(r.cold))), pair(p50p95(r.cold.map((s) => s.dialogMs))), pair(p50p95(r.cold.map((s) => s.shownMs))), ''],
        ...(r.coldDelayed.length ? [[r.browser, `cold, attach after ${d.coldDelayMs / 1000} s: ${d.images[0]?.label ?? ''}`, String(r.coldDelayed.length), pair(p50p95(held(r.coldDelayed))), pair(p50p95(r.coldDelayed.map((s) => s.dialogMs))), pair(p50p95(r.coldDelayed.map((s) => s.shownMs))), '']] : []),
      ]),
      ...d.images.filter((img) => r.warm[img.label]).map((img) => {
        const xs = r.warm[img.label] ?? [];
        const ratio = warmP50(r, img.label) / (tesseractOf(r)[img.label] ?? Number.NaN);
        return [r.browser, `warm: ${img.label}`, String(xs.length), pair(p50p95(held(xs))), pair(p50p95(xs.map((s) => s.dialogMs))), pair(p50p95(xs.map((s) => s.shownMs))), times(ratio)];
      }),
      ...(r.idle ? [[r.browser, `after ${d.idleS} s idle: ${d.images[0]?.label ?? ''}`, '1', ms(r.idle.heldMs ?? Number.NaN), ms(r.idle.dialogMs), ms(r.idle.shownMs), '']] : []),
      ...(r.error ? [[r.browser, `error: ${r.error}`, '', '', '', '', '']] : []),
    ]),
  };
  const threadsRows = d.runs.filter((r) => r.variant).flatMap((other) => {
    const shipped = main.find((r) => other.browser.startsWith(r.browser));
    if (!shipped) return [];
    const [one, many] = other.threads === 1 ? [other, shipped] : [shipped, other];
    return d.images.filter((img) => other.warm[img.label]).map((img) => {
      const a = warmP50(one, img.label);
      const n = warmP50(many, img.label);
      const stage = (r: BrowserRun, k: string) => medianStages(r.warm[img.label] ?? [])[k] ?? Number.NaN;
      return [img.label, ms(a), ms(n), times(a / n), `${ms(stage(one, 'faces'))} / ${ms(stage(many, 'faces'))}`, `${ms(stage(one, 'textDetect'))} / ${ms(stage(many, 'textDetect'))}`];
    });
  });
  const manyThreads = Math.max(d.shippedThreads, ...d.runs.map((r) => r.threads ?? 0));
  const threads: TitledTable = {
    title: `ORT threads in Chromium (cross-origin isolated): 1 vs ${manyThreads}, one of them the shipped build (${d.shippedThreads} here), the other pinned with WXT_ORT_THREADS. "1 ÷ N" < 1 means 1 thread was faster. Firefox runs 1 thread (no SharedArrayBuffer in extension pages)`,
    header: ['Image', 'Findings p50, 1 thread', `Findings p50, ${manyThreads} threads`, '1 ÷ N', 'faces ms (1 / N)', 'textDetect ms (1 / N)'],
    rows: threadsRows,
  };
  const responsiveness: TitledTable = {
    title: 'Dialog frame main thread while checks ran (long tasks: Chromium only)',
    header: ['Browser', 'Image', 'Long tasks > 50 ms', 'Longest task ms', 'Longest timer delay ms'],
    rows: main.flatMap((r) => [
      ...d.images.map((img) => {
        const xs = r.warm[img.label] ?? [];
        return [r.browser, `warm: ${img.label}`, hasLongTaskApi(xs) ? String(longTasks(xs).length) : 'n/a', hasLongTaskApi(xs) ? ms(maxOf(longTasks(xs))) : 'n/a', ms(timerLate(xs))];
      }),
      [r.browser, 'cold', hasLongTaskApi(r.cold) ? String(longTasks(r.cold).length) : 'n/a', hasLongTaskApi(r.cold) ? ms(maxOf(longTasks(r.cold))) : 'n/a', ms(timerLate(r.cold))],
    ]),
  };
  const stages: TitledTable = {
    title: 'Engine stages, warm (median ms from the report’s timings); "other" = findings p50 − engine total (messaging, dialog)',
    header: ['Browser', 'Image', ...STAGES, 'other'],
    rows: d.runs.flatMap((r) => d.images.filter((img) => r.warm[img.label]).map((img) => {
      const xs = r.warm[img.label] ?? [];
      const st = medianStages(xs);
      const other = warmP50(r, img.label) - (st.total ?? Number.NaN);
      return [r.browser, img.label, ...STAGES.map((k) => ms(st[k] ?? Number.NaN)), ms(other)];
    })),
  };
  const cli = d.cli;
  const native: TitledTable = {
    title: 'Command-line engine (whole check, warm) with 1 and 2 OCR workers and native tesseract 5 (`tesseract IMAGE stdout`, PSM 3), interleaved run by run, median of 3; tesseract again after each browser’s warm runs',
    header: ['Image', 'Pixels', 'File MB', 'tesseract ms', 'CLI ms, 1 OCR worker', 'CLI ms, 2 OCR workers', 'CLI (2) ÷ tesseract', ...main.map((r) => `tesseract ms after ${r.browser}`)],
    rows: d.images.map((i) => [
      i.label, `${i.width}×${i.height}`, (i.bytes / 1e6).toFixed(2), ms(cli.tesseract[i.label] ?? Number.NaN), ms(cli.oneOcrWorker[i.label] ?? Number.NaN), ms(cli.twoOcrWorkers[i.label] ?? Number.NaN),
      times((cli.twoOcrWorkers[i.label] ?? Number.NaN) / (cli.tesseract[i.label] ?? Number.NaN)), ...main.map((r) => ms(r.tesseract?.[i.label] ?? Number.NaN)),
    ]),
  };
  const memory: TitledTable = {
    title: 'Engine host memory (MiB): at start, and after all warm runs',
    header: ['Browser', 'RSS at start', 'Peak RSS', 'RSS after runs (warm)', 'Warm cost (after − start)', 'What'],
    rows: main.map((r) => [r.browser, ms(r.memoryAtStart?.rssMiB ?? Number.NaN), ms(r.memory.peakMiB), ms(r.memory.rssMiB), ms(r.memory.rssMiB - (r.memoryAtStart?.rssMiB ?? Number.NaN)), r.memory.what]),
  };
  const packages: TitledTable = { title: 'Zipped packages', header: ['Browser', 'File', 'MB'], rows: d.zips.map((z) => [z.browser, z.file, z.mb.toFixed(2)]) };

  const warmP95 = (r: BrowserRun, label: string | undefined) => p50p95((r.warm[label ?? ''] ?? []).map((s) => s.shownMs)).p95;
  const targets: TargetResult[] = main.flatMap((r) => {
    const all = Object.values(r.warm).flat();
    return [
      judge({ name: `${r.browser}: findings p95 warm, ${d.images[0]?.label}`, kind: 'max', limit: 1000, format: secs }, warmP95(r, d.images[0]?.label)),
      ...d.images.slice(2).map((img) => judge({ name: `${r.browser}: findings p95 warm, ${img.label}`, kind: 'max', limit: 2500, format: secs }, warmP95(r, img.label))),
      judge({ name: `${r.browser}: dialog p95 (all warm runs)`, kind: 'max', limit: 100, format: (v) => `${v.toFixed(0)} ms` }, p50p95(all.map((s) => s.dialogMs)).p95),
      hasLongTaskApi(all)
        ? judge({ name: `${r.browser}: longest task in the dialog frame during checks (warm)`, kind: 'max', limit: 50, format: (v) => `${v.toFixed(0)} ms` }, maxOf(longTasks(all)))
        : judge({ name: `${r.browser}: longest timer delay in the dialog frame during checks (warm; no long-task API)`, kind: 'max', limit: 50, format: (v) => `${v.toFixed(0)} ms` }, timerLate(all)),
      judge({ name: `${r.browser}: first check after start (cold p95, attach at page load)`, kind: 'max', limit: 3000, format: secs }, p50p95(r.cold.map((s) => s.shownMs)).p95),
      ...(r.coldDelayed.length ? [judge({ name: `${r.browser}: first check after start, attach ${d.coldDelayMs / 1000} s after page load`, kind: 'max', limit: 3000, format: secs }, p50p95(r.coldDelayed.map((s) => s.shownMs)).p95)] : []),
      ...(r.idle ? [judge({ name: `${r.browser}: first check after ${d.idleS} s idle`, kind: 'max', limit: 3000, format: secs }, r.idle.shownMs)] : []),
      judge({ name: `${r.browser}: whole check ÷ native tesseract (findings p50 summed over the images; tesseract under the same load)`, kind: 'max', limit: 1, format: times }, setRatio((l) => warmP50(r, l), tesseractOf(r), d)),
      judge({ name: `${r.browser}: engine host peak memory`, kind: 'max', limit: 400, format: (v) => `${v.toFixed(0)} MiB` }, r.memory.peakMiB),
    ];
  });
  targets.push(judge({ name: 'CLI: whole check ÷ native tesseract (2 OCR workers, interleaved, summed over the images)', kind: 'max', limit: 1, format: times }, setRatio((l) => cli.twoOcrWorkers[l] ?? Number.NaN, cli.tesseract, d)));
  targets.push(...d.zips.map((z) => judge({ name: `${z.browser} zip size`, kind: 'max', limit: 30, format: (v) => `${v.toFixed(2)} MB` }, z.mb)));
  const tables = [latency, ...(threadsRows.length ? [threads] : []), responsiveness, stages, native, memory, packages];
  return { tables, targets, numbers: { memory: main.map((r) => ({ browser: r.browser, atStart: r.memoryAtStart, ...r.memory })) } };
}
