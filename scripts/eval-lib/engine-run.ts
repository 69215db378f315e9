/**
 * Runs Consent Guard and the baselines on one synthetic image and records
 * what each found (impure: reads and writes files, spawns tesseract).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { inspectImage } from '../../lib/engine/check';
import { boxesFromReport, encodeRedacted, paintedRuns, redactAndRecheck } from '../../lib/engine/redact';
import type { EngineRuntime } from '../../lib/engine/runtime/types';
import { tesseractBaseline } from '../baselines/tesseract';
import type { SyntheticItem } from './corpus';
import { coverage } from './geometry';
import { identifierFound, leaks } from './match';
import type { SyntheticRecord } from './records';

/** Consent Guard on one image: report, redaction rectangles as painted, redacted copy written to `redactedDir`. */
export async function runEngine(path: string, runtime: EngineRuntime, redactedDir?: string) {
  const bytes = new Uint8Array(await readFile(path));
  const started = performance.now();
  const { report, decoded } = await inspectImage({ bytes, name: basename(path) }, runtime);
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

/** Everything the eval records for one synthetic image; `haarFaces` comes from the batched Haar run. */
export async function evaluateSynthetic(item: SyntheticItem, runtime: EngineRuntime, redactedDir: string, haarFaces: number): Promise<SyntheticRecord> {
  const { report, ms, painted, redactedPath } = await runEngine(item.path, runtime, redactedDir);
  const [t3, t11] = [await tesseractBaseline(item.path, 3), await tesseractBaseline(item.path, 11)];
  const needsLeakCheck = redactedPath !== undefined && item.truth.identifiers.length > 0;
  const leakText = needsLeakCheck ? (await tesseractBaseline(redactedPath, 11)).text : '';
  const identifiers = item.truth.identifiers.map((t) => ({
    type: t.type,
    text: t.text,
    box: t.box,
    engine: identifierFound(t, report.identifiers),
    coverage: coverage(t.box, painted),
    leaked: redactedPath === undefined || leaks(t.text, leakText),
    readableInOriginal: leaks(t.text, t3.text) || leaks(t.text, t11.text),
    tess3: identifierFound(t, t3.identifiers),
    tess11: identifierFound(t, t11.identifiers),
  }));
  return {
    file: item.truth.file,
    kind: item.truth.kind,
    identifiable: item.truth.identifiable,
    verdict: report.verdict,
    engineByText: report.identifiers.length > 0,
    engineFaces: report.faces.length,
    engineMs: Math.round(ms),
    timings: report.timings,
    identifiers,
    tess3: { identifiable: t3.identifiers.length > 0, ms: Math.round(t3.ms) },
    tess11: { identifiable: t11.identifiers.length > 0, ms: Math.round(t11.ms) },
    haarFaces,
    ...(report.error !== undefined && { error: report.error }),
  };
}
