import type { RgbaImage } from '../image';
import type { FaceFinding } from '../report';
import { FACE_MODEL_SPECS, type FaceModel } from './anchors';
import { decodeDetections, type RawDetection } from './decode';
import { letterboxFor, letterboxTensor, toImageSpace } from './letterbox';
import { nonMaxSuppression } from './nms';
import { resolveFaceOptions, type FaceDetectionOptions } from './options';
import { planFaceRuns } from './tiling';

/**
 * Runs a converted BlazeFace model. Implemented over ORT by lib/engine/runtime/onnx.ts; tests may
 * fake it. `input` is 1×3×S×S NCHW float in [-1, 1]; `scores` are raw logits (one per anchor) and
 * `boxes` raw regressors (16 per anchor), in the model's anchor order.
 */
export interface FaceModelRunner {
  run(model: FaceModel, input: Float32Array, dims: number[]): Promise<{ scores: Float32Array; boxes: Float32Array }>;
}

/** Clips to the image; returns undefined when nothing is left. */
function clip(d: RawDetection, width: number, height: number): FaceFinding | undefined {
  const x0 = Math.max(0, d.x0), y0 = Math.max(0, d.y0);
  const x1 = Math.min(width, d.x1), y1 = Math.min(height, d.y1);
  if (x1 - x0 < 1 || y1 - y0 < 1) return undefined;
  return { box: [x0, y0, x1 - x0, y1 - y0], score: d.score };
}

/**
 * Finds faces: full-range BlazeFace on the whole image, short-range for close-ups and overlapping
 * tiles for small faces in large images (see planFaceRuns), merged by non-maximum suppression.
 * Boxes are in pixels of `image`, clipped to it, best score first.
 * @param options defaults in DEFAULT_FACE_OPTIONS (minScore 0.55, close-up model 0.75, nmsIou 0.3, weighted NMS).
 */
export async function detectFaces(image: RgbaImage, runner: FaceModelRunner, options?: FaceDetectionOptions): Promise<FaceFinding[]> {
  const o = resolveFaceOptions(options);
  if (image.width < 1 || image.height < 1) return [];
  const all: RawDetection[] = [];
  for (const run of planFaceRuns(image.width, image.height, o)) {
    const size = FACE_MODEL_SPECS[run.model].inputSize;
    const lb = letterboxFor(run.rect, size);
    const input = letterboxTensor(image, lb);
    const { scores, boxes } = await runner.run(run.model, input, [1, 3, size, size]);
    const minScore = run.model === 'short' ? o.shortRangeMinScore : o.minScore;
    for (const d of decodeDetections(run.model, scores, boxes, minScore)) all.push(toImageSpace(d, lb));
  }
  return nonMaxSuppression(all, o.nmsIou, o.nmsMode)
    .map((d) => clip(d, image.width, image.height))
    .filter((f): f is FaceFinding => f !== undefined);
}
