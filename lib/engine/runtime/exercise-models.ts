import type { RgbaImage } from '../image';
import { detectFaces, type FaceModelRunner } from '../faces/detect';
import { detectLines } from '../text/find-text';
import { CLS_HEIGHT, CLS_WIDTH } from '../text/orientation';
import { REC_HEIGHT } from '../text/recognise';
import type { LineClassifierRunner, LineRecogniserRunner, OcrRunner, TextDetectorRunner } from '../text/types';

/** The loaded runners {@link exerciseModels} runs. */
export interface LoadedRunners {
  ocr: OcrRunner;
  detector: TextDetectorRunner;
  faces: FaceModelRunner;
  classifier?: LineClassifierRunner;
  recogniser?: LineRecogniserRunner;
}

/**
 * Runs every model once on a featureless input of a typical size. Loading a model is not enough to make
 * the first check fast: the first runs go through the browser's baseline WASM code, and the
 * optimised code for the hot kernels is compiled while they run (in Chromium, a check 15 s after a
 * compose page had warmed the engine took 6.0 s, the next ones 3.9 s and 2.6 s). Face sessions are
 * also created here; otherwise the first face run makes them.
 */
export async function exerciseModels(r: LoadedRunners): Promise<void> {
  const blank = (n: number) => new Float32Array(n);
  const line: RgbaImage = { width: 240, height: 48, data: new Uint8ClampedArray(240 * 48 * 4).fill(255) };
  // A frame the size of an endoscopy capture: the pre- and post-processing (plain JavaScript) and the
  // models' kernels all run at the sizes a real check uses.
  const frame: RgbaImage = { width: 1280, height: 1024, data: new Uint8ClampedArray(1280 * 1024 * 4) };
  for (let i = 0; i < frame.data.length; i += 4) frame.data.fill((i >> 4) & 255, i, i + 3).fill(255, i + 3, i + 4);
  await Promise.all([
    r.ocr.readLine(line),
    (async () => {
      await detectLines(frame, r.detector);
      await detectFaces(frame, r.faces);
      await r.classifier?.classify(blank(3 * CLS_HEIGHT * CLS_WIDTH), 1);
      await r.recogniser?.recognise(blank(3 * REC_HEIGHT * 320), 1, 320);
    })(),
  ]);
}
