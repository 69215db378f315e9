/**
 * Runs Consent Guard and the baselines on one synthetic image and records
 * what each found (impure: reads and writes files, spawns tesseract).
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { inspectImage, type CheckOptions } from '../../lib/engine/check';
import { findIdentifiers, type OcrLine } from '../../lib/engine/identifiers';
import { boxesFromReport, encodeRedacted, paintedRuns, redactAndRecheck } from '../../lib/engine/redact';
import type { IdentifierFinding } from '../../lib/engine/report';
import type { EngineRuntime } from '../../lib/engine/runtime/types';
import { tesseractLines } from '../baselines/tesseract';
import type { SyntheticItem } from './corpus';
import { coverage, overlaps } from './geometry';
import { identifierFound, identifierFoundByText, leaks } from './match';
import type { SyntheticRecord } from './records';

/** A fixed "today" for the rules, so two-digit years and ages read the same in every run. */
export const EVAL_NOW = new Date('2025-06-01T12:00:00Z');

/** Consent Guard on one image: report, redaction rectangles as painted, redacted copy written to `redactedDir`. */
export async function runEngine(path: string, runtime: EngineRuntime, redactedDir?: string, engine: CheckOptions = {}) {
  const bytes = new Uint8Array(await readFile(path));
  const started = performance.now();
  const { report, decoded } = await inspectImage({ bytes, name: basename(path) }, runtime, { ...engine, now: EVAL_NOW });
  const ms = performance.now() - started;
  const boxes = boxesFromReport(report);
  // The pixels the redaction actually paints (default margins, rotated outlines, the detector's second look).
  const painted = decoded ? await redactAndRecheck(decoded.image, boxes, { textDetector: runtime.textDetector }) : undefined;
  let redactedPath: string | undefined;
  if (decoded && painted && redactedDir) {
    await mkdir(redactedDir, { recursive: true });
    const copy = await encodeRedacted(decoded, basename(path), painted.image, runtime.encode);
    redactedPath = join(redactedDir, copy.name);
    await writeFile(redactedPath, copy.bytes);
  }
  return { report, ms, painted: painted ? paintedRuns(painted.mask, painted.image.width) : [], redactedPath };
}

/**
 * Tesseract's lines for an image, cached beside it as `<image>.psmN.json` (the corpus is cached per
 * seed, and tesseract on the same bytes always reads the same). Redacted copies are never cached.
 */
async function cachedTesseract(path: string, psm: 3 | 11, cache: boolean): Promise<{ lines: OcrLine[]; ms: number }> {
  const file = join(dirname(path), 'tesseract', `${basename(path)}.psm${psm}.json`);
  if (cache && existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as { lines: OcrLine[]; ms: number };
  const result = await tesseractLines(path, psm);
  if (cache) {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(result));
  }
  return result;
}

const textOf = (lines: readonly OcrLine[]): string => lines.map((l) => l.text).join('\n');
const describe = (f: IdentifierFinding): string => `${f.type}: ${f.text}`;

/** Everything the eval records for one synthetic image; `haarFaces` comes from the batched Haar run. */
export async function evaluateSynthetic(item: SyntheticItem, runtime: EngineRuntime, redactedDir: string, haarFaces: number, engine: CheckOptions = {}): Promise<SyntheticRecord> {
  const { report, ms, painted, redactedPath } = await runEngine(item.path, runtime, redactedDir, engine);
  const t3 = await cachedTesseract(item.path, 3, true);
  const t11 = await cachedTesseract(item.path, 11, true);
  const t3ids = findIdentifiers(t3.lines, { now: EVAL_NOW });
  const t11ids = findIdentifiers(t11.lines, { now: EVAL_NOW });
  const truthIds = findIdentifiers(item.truth.lines, { now: EVAL_NOW });
  const needsLeakCheck = redactedPath !== undefined && item.truth.identifiers.length > 0;
  const leakText = needsLeakCheck ? textOf((await cachedTesseract(redactedPath, 11, false)).lines) : '';
  const identifiers = item.truth.identifiers.map((t) => ({
    type: t.type,
    text: t.text,
    box: t.box,
    engine: identifierFound(t, report.identifiers),
    coverage: coverage(t.box, painted),
    leaked: redactedPath === undefined || leaks(t.text, leakText),
    readableInOriginal: leaks(t.text, textOf(t3.lines)) || leaks(t.text, textOf(t11.lines)),
    tess3: identifierFound(t, t3ids),
    tess11: identifierFound(t, t11ids),
    rulesOnTruth: identifierFoundByText(t, truthIds),
    read: report.text.filter((l) => overlaps(l.box, t.box)).map((l) => l.text),
  }));
  return {
    part: item.part,
    file: item.truth.file,
    kind: item.truth.kind,
    variant: item.truth.variant,
    identifiable: item.truth.identifiable,
    verdict: report.verdict,
    engineByText: report.identifiers.length > 0,
    engineFaces: report.faces.length,
    engineMs: Math.round(ms),
    timings: report.timings,
    identifiers,
    tess3: { identifiable: t3ids.length > 0, ms: Math.round(t3.ms) },
    tess11: { identifiable: t11ids.length > 0, ms: Math.round(t11.ms) },
    rulesOnTruth: { identifiable: truthIds.length > 0, findings: truthIds.map(describe) },
    engineFindings: report.identifiers.map(describe),
    engineLines: report.text.map((l) => ({ text: l.text, box: l.box })),
    haarFaces,
    ...(report.error !== undefined && { error: report.error }),
  };
}
