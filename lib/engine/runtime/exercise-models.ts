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
 * also created here; otherwise the first face run makes them. `stopped` is asked before each model
 * run: once it says true (a check has started), the practice ends.
 */
export async function exerciseModels(r: LoadedRunners, stopped: () => boolean = () => false): Promise<void> {
  const blank = (n: number) => new Float32Array(n);
  const line: RgbaImage = { width: 240, height: 48, data: new Uint8ClampedArray(240 * 48 * 4).fill(255) };
  // A frame the size of an endoscopy capture: the pre- and post-processing (plain JavaScript) and the
  // models' kernels all run at the sizes a real check uses.
  const frame: RgbaImage = { width: 1280, height: 1024, data: new Uint8ClampedArray(1280 * 1024 * 4) };
  for (let i = 0; i < frame.data.length; i += 4) frame.data.fill((i >> 4) & 255, i, i + 3).fill(255, i + 3, i + 4);
  // A real check that starts meanwhile has the cores: the practice stops at its next model run.
  const unlessStopped = <T>(run: () => Promise<T>): Promise<T> => (stopped() ? Promise.reject(new ExerciseStopped()) : run());
  const detector: TextDetectorRunner = { detect: (input, width, height) => unlessStopped(() => r.detector.detect(input, width, height)) };
  const faces: FaceModelRunner = { run: (model, input, dims) => unlessStopped(() => r.faces.run(model, input, dims)) };
  try {
    await Promise.all([
      unlessStopped(() => r.ocr.readLine(line)),
      (async () => {
        await detectLines(frame, detector);
        await detectFaces(frame, faces);
        await unlessStopped(async () => r.classifier?.classify(blank(3 * CLS_HEIGHT * CLS_WIDTH), 1));
        await unlessStopped(async () => r.recogniser?.recognise(blank(3 * REC_HEIGHT * 320), 1, 320));
      })(),
    ]);
  } catch (error) {
    if (!(error instanceof ExerciseStopped)) throw error;
  }
}

class ExerciseStopped extends Error {}
