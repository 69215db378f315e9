import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { cachingDecoder } from '../decode/cache';
import { createNodeDecoder } from '../decode/node-decoder';
import { createNodeEncoder } from '../redact/node-encoder';
import { createLineClassifier, createLineRecogniser } from './line-models';
import { nodeEngineFiles } from './node-files';
import { createOnnxFaceRunner, FACE_MODEL_FILES } from './onnx';
import { createTesseractOcr } from './tesseract';
import { createTextDetector } from './text-detector';
import { lazyRuntime, type EngineRuntime } from './types';

/** How the Node runtime runs. */
export interface NodeRuntimeOptions {
  /** Tesseract workers reading lines side by side. Default 2 (1 on a one-core machine). */
  ocrWorkers?: number;
}

async function readModel(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new Error(`model file ${path} is missing; reinstall consent-guard (in a clone: \`npm ci\`)`);
  }
}

/**
 * The engine runtime for Node (the CLI and tests): sharp codecs,
 * onnxruntime-web (WASM) for BlazeFace and the PP-OCR models, tesseract.js in
 * worker threads with the bundled best_int English data. Nothing is fetched;
 * every file is found through Node's resolver (see node-files.ts).
 */
export function createNodeRuntime(options: NodeRuntimeOptions = {}): EngineRuntime {
  const files = nodeEngineFiles();
  return lazyRuntime({
    decode: cachingDecoder(createNodeDecoder()),
    encode: createNodeEncoder(),
    faces: async () => createOnnxFaceRunner((model) => readModel(join(files.faceModels, FACE_MODEL_FILES[model]))),
    textDetector: async () => createTextDetector(await readModel(files.textDetector)),
    ocr: async () =>
      createTesseractOcr({ langPath: files.tesseractLang }, { workers: options.ocrWorkers ?? Math.min(2, availableParallelism()) }),
    lineClassifier: async () => createLineClassifier(await readModel(files.lineClassifier)),
    lineRecogniser: async () =>
      createLineRecogniser(
        await readModel(files.lineRecogniser),
        new TextDecoder().decode(await readModel(files.lineRecogniserKeys)),
      ),
  });
}

export { ownPackageDir } from './node-files';
