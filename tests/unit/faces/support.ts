/** Shared by the face tests: model loading for Node, JPEG decoding and synthetic images. Not a test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../../lib/engine/image';
import { letterboxFor, letterboxTensor } from '../../../lib/engine/faces';
import { createOnnxFaceRunner, FACE_MODEL_FILES } from '../../../lib/engine/runtime/onnx';
import { packageFile } from '../../../lib/engine/runtime/node-files';

export const ROOT = join(import.meta.dirname, '../../..');
export const SAMPLES = packageFile('@vladmandic/face-api', 'demo');

/** The committed BlazeFace models (models/); a missing file fails the test that loads it. */
export function nodeFaceRunner() {
  return createOnnxFaceRunner(async (m) => new Uint8Array(readFileSync(join(ROOT, 'models', FACE_MODEL_FILES[m]))));
}

export function readJpeg(path: string): RgbaImage {
  const j = jpeg.decode(readFileSync(path), { useTArray: true });
  return { width: j.width, height: j.height, data: new Uint8ClampedArray(j.data.buffer, j.data.byteOffset, j.data.byteLength) };
}

export function blank(width: number, height: number, rgb: (x: number, y: number) => [number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const [r, g, b] = rgb(x, y);
      data.set([r, g, b, 255], (y * width + x) * 4);
    }
  return { width, height, data };
}

/** Crops `rect` from `src` and scales it (area-averaged) to a `size`×`size` patch. */
export function cropScaled(src: RgbaImage, rect: { x: number; y: number; width: number; height: number }, size: number): RgbaImage {
  const t = letterboxTensor(src, letterboxFor(rect, size));
  const plane = size * size;
  const data = new Uint8ClampedArray(plane * 4);
  for (let i = 0; i < plane; i++) {
    data.set([(t[i]! + 1) * 127.5, (t[plane + i]! + 1) * 127.5, (t[2 * plane + i]! + 1) * 127.5, 255], i * 4);
  }
  return { width: size, height: size, data };
}

/** Pastes `patch` into `dst` with its top-left corner at (x, y), clipping at the edges. */
export function paste(dst: RgbaImage, patch: RgbaImage, x: number, y: number): void {
  for (let py = 0; py < patch.height; py++)
    for (let px = 0; px < patch.width; px++) {
      const dx = x + px, dy = y + py;
      if (dx < 0 || dy < 0 || dx >= dst.width || dy >= dst.height) continue;
      const s = (py * patch.width + px) * 4;
      dst.data.set(patch.data.subarray(s, s + 4), (dy * dst.width + dx) * 4);
    }
}
