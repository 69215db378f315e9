import { cachingDecoder } from '../decode/cache';
import { createBrowserDecoder } from '../decode/browser-decoder';
import { createBrowserEncoder } from '../redact/browser-encoder';
import { createLineClassifier, createLineRecogniser } from './line-models';
import { createOnnxFaceRunner, FACE_MODEL_FILES } from './onnx';
import { createTesseractOcr } from './tesseract';
import { createTextDetector } from './text-detector';
import { lazyRuntime, type EngineRuntime } from './types';

/** How the browser runtime finds the extension's bundled assets. */
export interface BrowserRuntimeOptions {
  /** Maps an extension path such as "/models/face_full_range.onnx" to a URL (browser.runtime.getURL). */
  assetUrl: (path: string) => string;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url} (${response.status})`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The engine runtime for an extension page (Chrome offscreen document,
 * Firefox background page): createImageBitmap/OffscreenCanvas codecs,
 * onnxruntime-web models from /models/, tesseract.js from /tesseract/.
 * Imports no browser.* API: the caller passes `assetUrl`.
 */
export function createBrowserRuntime({ assetUrl }: BrowserRuntimeOptions): EngineRuntime {
  return lazyRuntime({
    decode: cachingDecoder(createBrowserDecoder()),
    encode: createBrowserEncoder(),
    faces: async () => createOnnxFaceRunner((model) => fetchBytes(assetUrl(`/models/${FACE_MODEL_FILES[model]}`))),
    textDetector: async () => createTextDetector(await fetchBytes(assetUrl('/models/text-detector.onnx'))),
    lineClassifier: async () => createLineClassifier(await fetchBytes(assetUrl('/models/text-direction.onnx'))),
    lineRecogniser: async () =>
      createLineRecogniser(
        await fetchBytes(assetUrl('/models/text-recogniser.onnx')),
        new TextDecoder().decode(await fetchBytes(assetUrl('/models/text-recogniser-keys.txt'))),
      ),
    ocr: async () =>
      createTesseractOcr({
        workerPath: assetUrl('/tesseract/worker.min.js'),
        corePath: assetUrl('/tesseract'),
        langPath: assetUrl('/tesseract'),
        workerBlobURL: false,
      }),
  });
}
