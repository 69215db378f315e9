import type { TextDetectorRunner } from '../text/types';
import { createOnnxSession } from './onnx';

/** A PP-OCRv4 det runner with a way to free its session. */
export interface TextDetector extends TextDetectorRunner {
  dispose(): Promise<void>;
}

/**
 * Creates a PP-OCRv4 det runner from the model bytes
 * (`ch_PP-OCRv4_det_infer.onnx`, see models/text-detector.md). Session
 * creation, threads and run serialisation are onnx.ts's job.
 */
export async function createTextDetector(model: Uint8Array): Promise<TextDetector> {
  const session = await createOnnxSession(model);
  const inputName = session.inputNames[0] ?? 'x';
  const outputName = session.outputNames[0] ?? 'sigmoid_0.tmp_0';
  return {
    async detect(input, width, height) {
      const out = await session.run({ [inputName]: { data: input, dims: [1, 3, height, width] } });
      const map = out[outputName];
      if (!map || map.dims[2] !== height || map.dims[3] !== width) {
        throw new Error(`text detector: unexpected output shape ${String(map?.dims)}`);
      }
      return map.data;
    },
    dispose: () => session.release(),
  };
}
