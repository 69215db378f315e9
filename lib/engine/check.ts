import { decodeImage, DecodeError, readHeader, sniffType } from './decode';
import type { DecodedImage, ImageType } from './decode/types';
import { errorMessage } from '../errors/message';
import { detectFaces } from './faces/detect';
import { animationNote, isNote, readMetadata } from './metadata';
import type { CheckOptions } from './options';
import type { CheckProgress, ProgressListener } from './progress';
import { identifiersFromReadings } from './readings';
import type { Quad, Report, Verdict } from './report';
import type { EngineRuntime } from './runtime/types';
import { findText } from './text/find-text';
import type { TextLine } from './text/types';

export type { CheckOptions } from './options';

/** An upload: its bytes and its name (a path in the CLI, File.name in the browser). */
export interface CheckInput {
  bytes: Uint8Array;
  name: string;
}

/**
 * identifiable: any face, identifier or identifying metadata entry;
 * review: text (or an unchecked animation frame) that nothing matched;
 * clear: nothing found; error: some stage could not finish.
 */
export function decideVerdict(report: Pick<Report, 'faces' | 'identifiers' | 'metadata' | 'text' | 'error'>): Verdict {
  if (report.error !== undefined) return 'error';
  if (report.faces.length > 0 || report.identifiers.length > 0 || report.metadata.some((m) => !isNote(m))) return 'identifiable';
  if (report.text.length > 0 || report.metadata.length > 0) return 'review';
  return 'clear';
}

const TYPE_NAMES: Record<ImageType, string> = { jpeg: 'JPEG', png: 'PNG', gif: 'GIF', webp: 'WebP', avif: 'AVIF' };
const STAGE_NAMES = { metadata: 'metadata', faces: 'face', text: 'text' } as const;

/** The report for a file that could not be decoded; dimensions are the header's when readable (the schema requires at least 1). */
function unreadableReport(name: string, bytes: Uint8Array, message: string, timings: Record<string, number>): Report {
  const sniffed = sniffType(bytes);
  const header = ['jpeg', 'png', 'gif', 'webp', 'avif'].includes(sniffed) ? readHeader(bytes, sniffed as ImageType) : undefined;
  const base = { file: name, width: header?.width ?? 1, height: header?.height ?? 1, faces: [], text: [], identifiers: [], metadata: [] };
  return { ...base, verdict: 'error', timings, error: message, unreadable: true };
}

/** The runtime's model runners, each call refused once `signal` is aborted, so a cancelled check stops at its next model call. */
function guarded(runtime: EngineRuntime, signal: AbortSignal | undefined): Pick<EngineRuntime, 'faces' | 'textDetector' | 'ocr'> {
  if (!signal) return runtime;
  const { faces, textDetector, ocr } = runtime;
  return {
    faces: { run: async (model, input, dims) => (signal.throwIfAborted(), faces.run(model, input, dims)) },
    textDetector: { detect: async (input, width, height) => (signal.throwIfAborted(), textDetector.detect(input, width, height)) },
    ocr: {
      readLine: async (img) => (signal.throwIfAborted(), ocr.readLine(img)),
      ...(ocr.readSparse && { readSparse: async (img: Parameters<NonNullable<typeof ocr.readSparse>>[0]) => (signal.throwIfAborted(), ocr.readSparse!(img)) }),
    },
  };
}

/**
 * Checks one image on the device: decode (type sniffed from bytes, limits,
 * EXIF orientation) → metadata → faces → text → identifiers → verdict.
 * Boxes are in oriented pixel space. A stage that fails makes the verdict
 * "error" with a plain message while keeping what the other stages found.
 * `signal` is checked between stages. Faces and text run side by side (OCR
 * workers read while the face model runs); `onProgress` hears each finished
 * stage and each line read.
 * @throws the signal's reason (an AbortError DOMException by default) when aborted
 */
export async function inspectImage(
  input: CheckInput,
  runtime: EngineRuntime,
  options: CheckOptions = {},
  signal?: AbortSignal,
  onProgress?: ProgressListener,
): Promise<{ report: Report; decoded?: DecodedImage }> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, task: () => Promise<T>): Promise<T> => {
    signal?.throwIfAborted();
    const t = performance.now();
    try {
      return await task();
    } finally {
      timings[stage] = Math.round((performance.now() - t) * 10) / 10;
    }
  };

  let decoded: DecodedImage;
  try {
    decoded = await timed('decode', () => decodeImage(input.bytes, runtime.decode, options.limits));
  } catch (error) {
    if (!(error instanceof DecodeError)) signal?.throwIfAborted();
    const text = error instanceof DecodeError ? error.message : `This image couldn't be read: ${errorMessage(error)}`;
    return { report: unreadableReport(input.name, input.bytes, text, timings) };
  }

  const { image } = decoded;
  const models = guarded(runtime, signal);
  const report: Report = { file: input.name, width: image.width, height: image.height, verdict: 'clear', faces: [], text: [], identifiers: [], metadata: [], timings };
  const failed: string[] = [];
  const stage = async (name: keyof typeof STAGE_NAMES, enabled: boolean, task: () => Promise<void>) => {
    if (!enabled) return;
    try {
      await timed(name, task);
    } catch (error) {
      signal?.throwIfAborted();
      failed.push(`the ${STAGE_NAMES[name]} check failed (${errorMessage(error)})`);
    }
  };

  const progress: CheckProgress = { width: image.width, height: image.height, text: { lines: [], identifiers: [] } };
  const tell = (change: Partial<CheckProgress>) => {
    if (!onProgress || signal?.aborted) return;
    Object.assign(progress, change);
    onProgress(progress);
  };
  const identifierOptions = { hospitalNumberPatterns: options.hospitalNumberPatterns ?? [], ...(options.now && { now: options.now }) };
  const regionOf = (l: TextLine) => ({
    box: l.box,
    text: l.text,
    ...(l.confidence !== undefined && { confidence: l.confidence }),
    ...(l.quad && { quad: l.quad.map((v) => Math.round(v * 10) / 10) as Quad }),
  });

  await stage('metadata', options.metadata ?? true, async () => {
    report.metadata = await readMetadata(input.bytes, decoded.type);
  });
  if (decoded.frames !== undefined) report.metadata.push(animationNote(TYPE_NAMES[decoded.type], decoded.type === 'avif' ? undefined : decoded.frames));
  tell({ metadata: report.metadata });
  await Promise.all([
    stage('text', options.text ?? true, async () => {
      const runners = {
        detector: models.textDetector,
        ocr: models.ocr,
        ...(runtime.lineClassifier && { classifier: runtime.lineClassifier }),
        ...(runtime.lineRecogniser && { recogniser: runtime.lineRecogniser }),
      };
      const onLines =
        onProgress && ((read: readonly TextLine[], found: number) => tell({ text: { lines: read.map(regionOf), identifiers: identifiersFromReadings(read, identifierOptions), found } }));
      const lines = await findText(image, runners, { ...options.textOptions, timings, ...(onLines && { onLines }) });
      report.text = lines.map(regionOf);
      signal?.throwIfAborted();
      const t = performance.now();
      report.identifiers = identifiersFromReadings(lines, identifierOptions);
      timings.identifiers = Math.round((performance.now() - t) * 10) / 10;
    }),
    stage('faces', options.faces ?? true, async () => {
      report.faces = await detectFaces(image, models.faces, options.faceOptions);
      tell({ faces: report.faces });
    }),
  ]);
  signal?.throwIfAborted();

  if (failed.length > 0) report.error = `The check couldn't finish: ${failed.join('; ')}.`;
  report.verdict = decideVerdict(report);
  for (const k of ['textDetect', 'textDirection', 'textOcr', 'textSparse']) if (timings[k] !== undefined) timings[k] = Math.round((timings[k] ?? 0) * 10) / 10;
  timings.total = Math.round((performance.now() - started) * 10) / 10;
  return { report, decoded };
}

/** {@link inspectImage} without the pixels: the report only. Options' defaults are on {@link CheckOptions}. */
export async function checkImage(input: CheckInput, runtime: EngineRuntime, options: CheckOptions = {}, signal?: AbortSignal, onProgress?: ProgressListener): Promise<Report> {
  return (await inspectImage(input, runtime, options, signal, onProgress)).report;
}
