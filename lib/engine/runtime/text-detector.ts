// TODO(merge): when lib/engine/runtime/onnx.ts lands (sole ORT importer, session
// creation from bytes, serialised runs), replace the local session creation and
// the promise chain below with it and drop the onnxruntime-web import here.
import * as ort from 'onnxruntime-web';
import type { TextDetectorRunner } from '../text/types';

/** Options for {@link createTextDetector}. */
export interface TextDetectorConfig {
  /** Where ORT finds its .wasm/.mjs files (extension URL). Default: ORT's own resolution (fine in Node). */
  wasmPaths?: string;
  /** WASM threads. Default 1 (threads need cross-origin isolation in the extension). */
  numThreads?: number;
}

/** A PP-OCRv4 det runner with a way to free its session. */
export interface TextDetector extends TextDetectorRunner {
  dispose(): Promise<void>;
}

/**
 * Creates a PP-OCRv4 det runner from the model bytes
 * (`ch_PP-OCRv4_det_infer.onnx`, see models/text-detector.md).
 * Runs are serialised because an ORT-web session cannot run concurrently.
 */
export async function createTextDetector(model: Uint8Array, config: TextDetectorConfig = {}): Promise<TextDetector> {
  if (config.wasmPaths !== undefined) ort.env.wasm.wasmPaths = config.wasmPaths;
  ort.env.wasm.numThreads = config.numThreads ?? 1;
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });
  const inputName = session.inputNames[0] ?? 'x';
  const outputName = session.outputNames[0] ?? 'sigmoid_0.tmp_0';
  let queue: Promise<unknown> = Promise.resolve();

  const run = async (input: Float32Array, width: number, height: number): Promise<Float32Array> => {
    const feeds = { [inputName]: new ort.Tensor('float32', input, [1, 3, height, width]) };
    const out = await session.run(feeds);
    const tensor = out[outputName];
    if (!tensor || tensor.dims[2] !== height || tensor.dims[3] !== width) {
      throw new Error(`text detector: unexpected output ${String(tensor?.dims)}`);
    }
    const data = (await tensor.getData()) as Float32Array;
    tensor.dispose();
    return data;
  };

  return {
    detect(input, width, height) {
      const result = queue.then(() => run(input, width, height));
      queue = result.catch(() => undefined);
      return result;
    },
    async dispose() {
      await queue;
      await session.release();
    },
  };
}
