import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nodeEngineFiles, packageDir, packageFile } from '../lib/engine/runtime/node-files';

/** A file WXT copies into the extension as is. */
export interface CopiedAsset {
  absoluteSrc: string;
  relativeDest: string;
}

/**
 * Model weights, wasm cores and language data copied into the extension, so nothing is fetched
 * from the network at run time: the same files the Node runtime loads (node-files.ts), plus
 * tesseract.js's browser worker and wasm cores. The face models are the committed ones in
 * `<root>/models/`.
 */
export function engineAssets(root: string): CopiedAsset[] {
  const files = nodeEngineFiles();
  const core = packageDir('tesseract.js-core');
  const assets: CopiedAsset[] = [
    ...['', 'simd-', 'relaxedsimd-'].map((v) => ({
      absoluteSrc: join(core, `tesseract-core-${v}lstm.wasm.js`),
      relativeDest: `tesseract/tesseract-core-${v}lstm.wasm.js`,
    })),
    { absoluteSrc: packageFile('tesseract.js', 'dist/worker.min.js'), relativeDest: 'tesseract/worker.min.js' },
    // ORT's glue and binary side by side: its threads start as module workers from the glue's own URL.
    ...['mjs', 'wasm'].map((ext) => ({
      absoluteSrc: packageFile('onnxruntime-web', `ort-wasm-simd-threaded.${ext}`, `ort-wasm-simd-threaded.${ext}`),
      relativeDest: `ort/ort-wasm-simd-threaded.${ext}`,
    })),
    { absoluteSrc: join(files.tesseractLang, 'eng.traineddata.gz'), relativeDest: 'tesseract/eng.traineddata.gz' },
    { absoluteSrc: files.textDetector, relativeDest: 'models/text-detector.onnx' },
    { absoluteSrc: files.lineClassifier, relativeDest: 'models/text-direction.onnx' },
    { absoluteSrc: files.lineRecogniser, relativeDest: 'models/text-recogniser.onnx' },
    { absoluteSrc: files.lineRecogniserKeys, relativeDest: 'models/text-recogniser-keys.txt' },
    { absoluteSrc: resolve(root, 'models/face_full_range.onnx'), relativeDest: 'models/face_full_range.onnx' },
    { absoluteSrc: resolve(root, 'models/face_short_range.onnx'), relativeDest: 'models/face_short_range.onnx' },
  ];
  const missing = assets.filter((a) => !existsSync(a.absoluteSrc));
  if (missing.length > 0) {
    throw new Error(`Engine assets missing (run \`npm ci\`): ${missing.map((a) => a.absoluteSrc).join(', ')}`);
  }
  return assets;
}
