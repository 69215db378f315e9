import { describe, expect, it } from 'vitest';
import { lazyRuntime, type RuntimeLoaders } from '../../../lib/engine/runtime/types';

/** Loaders whose runners record every call; the face model finds nothing, the detector sees no text. */
function recordingLoaders() {
  const calls: string[] = [];
  const loads: string[] = [];
  const loaders: RuntimeLoaders = {
    decode: { decode: async () => { throw new Error('not used'); } } as unknown as RuntimeLoaders['decode'],
    encode: {} as RuntimeLoaders['encode'],
    faces: async () => (loads.push('faces'), {
      run: async (model, _input, dims) => {
        calls.push(`face:${model}:${dims.join('x')}`);
        const anchors = model === 'full' ? 2304 : 896;
        return { scores: new Float32Array(anchors).fill(-10), boxes: new Float32Array(anchors * 16) };
      },
      release: async () => undefined,
    }),
    textDetector: async () => (loads.push('detector'), {
      detect: async (_input, width, height) => (calls.push(`det:${width}x${height}`), new Float32Array(width * height)),
      dispose: async () => undefined,
    }),
    ocr: async () => (loads.push('ocr'), { readLine: async () => (calls.push('ocr'), { text: '', confidence: 0, words: [] }), terminate: async () => undefined }),
    lineClassifier: async () => (loads.push('classifier'), { classify: async (_i, n) => (calls.push(`cls:${n}`), new Float32Array(2 * n)), dispose: async () => undefined }),
    lineRecogniser: async () => (loads.push('recogniser'), {
      recognise: async (_i, n, w) => (calls.push(`rec:${n}x${w}`), { data: new Float32Array(n * (w / 8) * 3), steps: w / 8, classes: 3 }),
      charset: async () => ['a'],
      dispose: async () => undefined,
    }),
  };
  return { loaders, calls, loads };
}

describe('EngineRuntime.warm', () => {
  it('loads every model, tesseract first, and runs each on a frame of a real size', async () => {
    const { loaders, calls, loads } = recordingLoaders();
    await lazyRuntime(loaders).warm();
    expect(loads).toEqual(['ocr', 'detector', 'faces', 'classifier', 'recogniser']);
    expect(calls).toContain('ocr');
    expect(calls).toContain('det:1280x1024');
    expect(calls).toContain('face:full:1x3x192x192');
    expect(calls).toContain('face:short:1x3x128x128');
    expect(calls).toContain('cls:1');
    expect(calls).toContain('rec:1x320');
    // The face tiles of a 1280×1024 frame ran too, not just the whole-image passes.
    expect(calls.filter((c) => c.startsWith('face:full')).length).toBeGreaterThan(2);
  });

  it('exercises the models once however often it is asked', async () => {
    const { loaders, calls } = recordingLoaders();
    const runtime = lazyRuntime(loaders);
    await runtime.warm();
    const once = calls.length;
    await Promise.all([runtime.warm(), runtime.warm()]);
    expect(calls.length).toBe(once);
  });

  it('gives way to a check: a check that starts while warming stops the practice run', async () => {
    const { loaders, calls } = recordingLoaders();
    const runtime = lazyRuntime(loaders);
    const warming = runtime.warm();
    await runtime.textDetector.detect(new Float32Array(3 * 64 * 32), 64, 32);
    await warming;
    expect(calls.filter((c) => c !== 'det:64x32' && c !== 'ocr')).toEqual([]);
  });

  it('only loads with exercise: false', async () => {
    const { loaders, calls, loads } = recordingLoaders();
    await lazyRuntime(loaders).warm({ exercise: false });
    expect(loads).toHaveLength(5);
    expect(calls).toEqual([]);
  });
});

describe('EngineRuntime.load', () => {
  it('loads every model once, with no practice run, and again only what has not loaded', async () => {
    const { loaders, calls, loads } = recordingLoaders();
    const runtime = lazyRuntime(loaders);
    await Promise.all([runtime.load(), runtime.load()]);
    expect([...loads].sort()).toEqual(['classifier', 'detector', 'faces', 'ocr', 'recogniser']);
    expect(calls).toEqual([]);
    await runtime.warm();
    expect(loads).toHaveLength(5);
  });

  it('stops a practice run that has not started its models when a check is about to run', async () => {
    const { loaders, calls } = recordingLoaders();
    const runtime = lazyRuntime(loaders);
    const warming = runtime.warm();
    await runtime.load();
    await warming;
    expect(calls).toEqual([]);
  });
});
