import { cachingDecoder } from '../decode/cache';
import { createBrowserDecoder } from '../decode/browser-decoder';
import { createBrowserEncoder } from '../redact/browser-encoder';
import { createLineClassifier, createLineRecogniser } from './line-models';
import { configureOnnx, createOnnxFaceRunner, FACE_MODEL_FILES } from './onnx';
import { createTesseractOcr } from './tesseract';
import { createTextDetector } from './text-detector';
import { lazyRuntime, type EngineRuntime } from './types';

/** How the browser runtime finds the extension's bundled assets, and how much of the machine it may use. */
export interface BrowserRuntimeOptions {
  /** Maps an extension path such as "/models/face_full_range.onnx" to a URL (browser.runtime.getURL, or the worker's origin). */
  assetUrl: (path: string) => string;
  /** ORT intra-op threads; more than 1 only where SharedArrayBuffer exists. Default: onnx.ts chooses. */
  numThreads?: number;
  /** Tesseract workers reading lines in parallel. Default 1. */
  ocrWorkers?: number;
  /**
   * Start tesseract before any ORT model and let nothing else start until it is ready. Firefox needs
   * it: a tesseract core instantiating while ORT compiled or ran in the same worker stalled for
   * over a minute in about half the runs (Firefox ESR 153, background-page worker).
   */
  ocrFirst?: boolean;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The engine runtime for the extension's engine worker: createImageBitmap/OffscreenCanvas codecs,
 * onnxruntime-web with its own glue and binary from /ort/ (so its threads can start), models
 * from /models/, tesseract.js from /tesseract/. Imports no browser.* API: the caller passes `assetUrl`.
 */
export function createBrowserRuntime({ assetUrl, numThreads, ocrWorkers = 1, ocrFirst = false }: BrowserRuntimeOptions): EngineRuntime {
  configureOnnx({
    ...(numThreads !== undefined && { numThreads }),
    wasmPaths: { mjs: assetUrl('/ort/ort-wasm-simd-threaded.mjs'), wasm: assetUrl('/ort/ort-wasm-simd-threaded.wasm') },
  });
  const ocr = retryable(() =>
    createTesseractOcr(
      { workerPath: assetUrl('/tesseract/worker.min.js'), corePath: assetUrl('/tesseract'), langPath: assetUrl('/tesseract'), workerBlobURL: false },
      { workers: ocrWorkers },
    ),
  );
  const afterOcr = async () => {
    if (ocrFirst) await ocr().catch(() => undefined);
  };
  return lazyRuntime({
    decode: cachingDecoder(createBrowserDecoder()),
    encode: createBrowserEncoder(),
    faces: async () => {
      await afterOcr();
      return createOnnxFaceRunner((model) => fetchBytes(assetUrl(`/models/${FACE_MODEL_FILES[model]}`)));
    },
    textDetector: async () => {
      await afterOcr();
      return createTextDetector(await fetchBytes(assetUrl('/models/text-detector.onnx')));
    },
    ocr,
    lineClassifier: async () => {
      await afterOcr();
      return createLineClassifier(await fetchBytes(assetUrl('/models/text-direction.onnx')));
    },
    lineRecogniser: async () => {
      await afterOcr();
      return createLineRecogniser(
        await fetchBytes(assetUrl('/models/text-recogniser.onnx')),
        new TextDecoder().decode(await fetchBytes(assetUrl('/models/text-recogniser-keys.txt'))),
      );
    },
  });
}

/** `load` once; again after a failure. */
function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= load().catch((error: unknown) => {
      value = undefined;
      throw error;
    }));
}

export { chooseThreadCount } from './onnx';
