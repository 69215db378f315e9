/** An EngineRuntime with real sharp codecs and scripted models, so the pipeline runs without model files. */
import type { Box } from '../../../lib/engine/report';
import { createNodeDecoder } from '../../../lib/engine/decode/node-decoder';
import { createNodeEncoder } from '../../../lib/engine/redact/node-encoder';
import type { EngineRuntime } from '../../../lib/engine/runtime/types';

/** Sparse OCR words the fake OCR "reads" (in the 2×-upscaled space findText's sparse pass uses for small images). */
export interface FakeWords {
  words?: { text: string; box: Box; confidence: number }[];
  failFaces?: boolean;
  onStage?: (stage: 'faces' | 'detect' | 'ocr') => void;
}

export function fakeRuntime(script: FakeWords = {}): EngineRuntime {
  return {
    decode: createNodeDecoder(),
    encode: createNodeEncoder(),
    faces: {
      async run(_model, input, dims) {
        script.onStage?.('faces');
        if (script.failFaces) throw new Error('model missing');
        const anchors = (dims[2] ?? 0) === 128 ? 896 : 2304;
        void input;
        return { scores: new Float32Array(anchors).fill(-50), boxes: new Float32Array(anchors * 16) };
      },
    },
    textDetector: {
      async detect(_input, width, height) {
        script.onStage?.('detect');
        return new Float32Array(width * height);
      },
    },
    ocr: {
      async readLine() {
        return { text: '', confidence: 0, words: [] };
      },
      async readSparse() {
        script.onStage?.('ocr');
        const words = script.words ?? [];
        return { text: words.map((w) => w.text).join(' '), confidence: 90, words };
      },
    },
    warm: async () => undefined,
    load: async () => undefined,
    dispose: async () => undefined,
  };
}
