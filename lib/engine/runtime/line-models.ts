import type { LineClassifierRunner, LineRecogniserRunner } from '../text/types';
import { CLS_HEIGHT, CLS_WIDTH } from '../text/orientation';
import { REC_HEIGHT } from '../text/recognise';
import { createOnnxSession } from './onnx';

/** A line model runner with a way to free its session. */
export interface Disposable {
  dispose(): Promise<void>;
}

/**
 * The PP-OCR 180° direction classifier (`ch_ppocr_mobile_v2.0_cls_infer.onnx`, see
 * models/text-detector.md). Input NCHW [n, 3, 48, 192]; output softmax [n, 2].
 */
export async function createLineClassifier(model: Uint8Array): Promise<LineClassifierRunner & Disposable> {
  const session = await createOnnxSession(model);
  const inputName = session.inputNames[0] ?? 'x';
  const outputName = session.outputNames[0] ?? 'softmax_0.tmp_0';
  return {
    async classify(input, count) {
      const out = await session.run({ [inputName]: { data: input, dims: [count, 3, CLS_HEIGHT, CLS_WIDTH] } });
      const probs = out[outputName];
      if (!probs || probs.dims[0] !== count || probs.dims[1] !== 2) throw new Error(`line classifier: unexpected output shape ${String(probs?.dims)}`);
      return probs.data;
    },
    dispose: () => session.release(),
  };
}

/**
 * The PP-OCRv4 line recogniser (`ch_PP-OCRv4_rec_infer.onnx`) with its dictionary
 * (`ppocr_keys_v1.txt`, one character a line; class 0 is the CTC blank, the last class a space).
 */
export async function createLineRecogniser(model: Uint8Array, dictionary: string): Promise<LineRecogniserRunner & Disposable> {
  const session = await createOnnxSession(model);
  const inputName = session.inputNames[0] ?? 'x';
  const outputName = session.outputNames[0] ?? 'softmax_11.tmp_0';
  const charset = dictionary.replace(/\r/g, '').split('\n');
  if (charset.at(-1) === '') charset.pop();
  return {
    async recognise(input, count, width) {
      const out = await session.run({ [inputName]: { data: input, dims: [count, 3, REC_HEIGHT, width] } });
      const probs = out[outputName];
      const classes = probs?.dims[2];
      if (!probs || probs.dims[0] !== count || classes !== charset.length + 2) {
        throw new Error(`line recogniser: unexpected output shape ${String(probs?.dims)} for ${charset.length} characters`);
      }
      return { data: probs.data, steps: probs.dims[1]!, classes };
    },
    charset: async () => charset,
    dispose: () => session.release(),
  };
}
