/**
 * Prints milliseconds per image for detectFaces in Node (onnxruntime-web WASM, one thread), for
 * 1280×1024 and 4032×3024 synthetic photos, split into model time and the rest (letterboxing each tile,
 * decoding, merging). Relative numbers only; not a test.
 * Usage: tsx scripts/bench-faces.ts [repeats=3]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFaces, planFaceRuns, resolveFaceOptions } from '../lib/engine/faces';
import type { RgbaImage } from '../lib/engine/image';
import { createOnnxFaceRunner, FACE_MODEL_FILES } from '../lib/engine/runtime/onnx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repeats = Number(process.argv[2] ?? 3);

function texture(width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0, p = 0; i < width * height; i++, p += 4) {
    const x = i % width, y = (i / width) | 0;
    data[p] = (x * 7 + y * 3) & 255;
    data[p + 1] = (x ^ y) & 255;
    data[p + 2] = (y * 5) & 255;
    data[p + 3] = 255;
  }
  return { width, height, data };
}

const model = createOnnxFaceRunner(async (m) => new Uint8Array(readFileSync(join(root, 'models', FACE_MODEL_FILES[m]))));
let modelMs = 0;
const runner: typeof model = {
  run: async (...args) => {
    const t = performance.now();
    try {
      return await model.run(...args);
    } finally {
      modelMs += performance.now() - t;
    }
  },
  release: () => model.release(),
};
let started = performance.now();
await detectFaces(texture(64, 64), runner);
console.log(`session creation + first run: ${Math.round(performance.now() - started)} ms`);

for (const [w, h] of [[1280, 1024], [4032, 3024]] as const) {
  const image = texture(w, h);
  const runs = planFaceRuns(w, h, resolveFaceOptions()).length;
  const times: number[] = [];
  const models: number[] = [];
  for (let i = 0; i < repeats; i++) {
    started = performance.now();
    modelMs = 0;
    await detectFaces(image, runner);
    times.push(performance.now() - started);
    models.push(modelMs);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  times.sort((a, b) => a - b);
  console.log(`${w}×${h}: ${runs} model runs, median ${Math.round(median(times))} ms/image ` +
    `(min ${Math.round(times[0]!)}, max ${Math.round(times.at(-1)!)}; ${repeats} repeats); ` +
    `model ${Math.round(median(models))} ms (${(median(models) / runs).toFixed(1)} ms/run), rest ${Math.round(median(times) - median(models))} ms`);
}
await runner.release();
