import type { ImageDecoder } from '../decode/types';
import type { FaceModelRunner } from '../faces/detect';
import type { ImageEncoder } from '../redact/types';
import type { LineClassifierRunner, LineRecogniserRunner, OcrRunner, TextDetectorRunner } from '../text/types';
import { exerciseModels } from './exercise-models';

/**
 * Everything platform-specific the engine needs: codecs and the three model
 * runners. Node: createNodeRuntime (node.ts); extension: createBrowserRuntime
 * (browser.ts). Models load on first use and stay warm until `dispose`.
 */
export interface EngineRuntime {
  decode: ImageDecoder;
  encode: ImageEncoder;
  faces: FaceModelRunner;
  textDetector: TextDetectorRunner;
  ocr: OcrRunner;
  /** The 180° direction classifier for detected lines; without it lines are read as they stand. */
  lineClassifier?: LineClassifierRunner;
  /** The neural line recogniser read beside tesseract; without it only tesseract reads. */
  lineRecogniser?: LineRecogniserRunner;
  /**
   * Loads every model now instead of on the first check and, unless `exercise` is false, runs each
   * once on a featureless frame (see exercise-models.ts) so the first real check runs at full speed.
   */
  warm(options?: { exercise?: boolean }): Promise<void>;
  /**
   * Loads every model not loaded yet, side by side, for a check that is about to run: a practice run
   * (warm) that has not reached its next model run stops there, so the check does not wait behind it.
   */
  load(): Promise<void>;
  /** Frees the ORT sessions and ends the tesseract worker. */
  dispose(): Promise<void>;
}

/** Async factories for the heavy parts; each is called at most once (again only after a failure). */
export interface RuntimeLoaders {
  decode: ImageDecoder;
  encode: ImageEncoder;
  faces: () => Promise<FaceModelRunner & { release(): Promise<void> }>;
  textDetector: () => Promise<TextDetectorRunner & { dispose(): Promise<void> }>;
  ocr: () => Promise<OcrRunner & { terminate(): Promise<void> }>;
  lineClassifier?: () => Promise<LineClassifierRunner & { dispose(): Promise<void> }>;
  lineRecogniser?: () => Promise<LineRecogniserRunner & { dispose(): Promise<void> }>;
}

function once<T>(load: () => Promise<T>): { get: () => Promise<T>; loaded: () => Promise<T> | undefined } {
  let value: Promise<T> | undefined;
  return {
    get: () => {
      value ??= load().catch((error: unknown) => {
        value = undefined;
        throw error;
      });
      return value;
    },
    loaded: () => value,
  };
}

/** Builds an {@link EngineRuntime} whose runners load lazily, once, and stay warm. */
export function lazyRuntime(loaders: RuntimeLoaders): EngineRuntime {
  const faces = once(loaders.faces);
  const detector = once(loaders.textDetector);
  const ocr = once(loaders.ocr);
  const classifier = loaders.lineClassifier && once(loaders.lineClassifier);
  const recogniser = loaders.lineRecogniser && once(loaders.lineRecogniser);
  let exercised: Promise<void> | undefined;
  /** Model calls made for checks (not for the warm-up's practice run), so the practice can give way. */
  let checkCalls = 0;
  const forCheck = <T>(call: () => Promise<T>): Promise<T> => (checkCalls++, call());
  return {
    decode: loaders.decode,
    encode: loaders.encode,
    faces: { run: (model, input, dims) => forCheck(async () => (await faces.get()).run(model, input, dims)) },
    textDetector: { detect: (input, width, height) => forCheck(async () => (await detector.get()).detect(input, width, height)) },
    ocr: {
      readLine: (img) => forCheck(async () => (await ocr.get()).readLine(img)),
      readSparse: (img) =>
        forCheck(async () => {
          const runner = await ocr.get();
          return runner.readSparse ? runner.readSparse(img) : { text: '', confidence: 0, words: [] };
        }),
    },
    ...(classifier && { lineClassifier: { classify: (input, count) => forCheck(async () => (await classifier.get()).classify(input, count)) } }),
    ...(recogniser && {
      lineRecogniser: {
        recognise: (input, count, width) => forCheck(async () => (await recogniser.get()).recognise(input, count, width)),
        charset: async () => (await recogniser.get()).charset(),
      },
    }),
    async warm({ exercise = true } = {}) {
      const callsBefore = checkCalls;
      // One after another, tesseract first (see BrowserRuntimeOptions.ocrFirst).
      const o = await ocr.get();
      const d = await detector.get();
      const f = await faces.get();
      const c = await classifier?.get();
      const r = await recogniser?.get();
      // Once per runtime: pages ask for a warm-up on every load and focus, and a repeat would take
      // the cores from a check that is running.
      if (!exercise) return;
      const runners = { ocr: o, detector: d, faces: f, ...(c && { classifier: c }), ...(r && { recogniser: r }) };
      await (exercised ??= exerciseModels(runners, () => checkCalls !== callsBefore).catch(() => undefined));
    },
    async load() {
      checkCalls++;
      await Promise.all([ocr.get(), detector.get(), faces.get(), classifier?.get(), recogniser?.get()]);
    },
    async dispose() {
      const settle = async <T>(p: Promise<T> | undefined, end: (v: T) => Promise<void>) => {
        if (p) await p.then(end, () => undefined);
      };
      await Promise.all([
        settle(faces.loaded(), (f) => f.release()),
        settle(detector.loaded(), (d) => d.dispose()),
        settle(ocr.loaded(), (o) => o.terminate()),
        settle(classifier?.loaded(), (c) => c.dispose()),
        settle(recogniser?.loaded(), (r) => r.dispose()),
      ]);
    },
  };
}
