import { FACE_MODEL_SPECS, faceAnchors, type FaceModel } from './anchors';

/** A detection box as corners, plus score and the six BlazeFace keypoints ([x, y] pairs). */
export interface RawDetection {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  score: number;
  keypoints: number[];
}

const SCORE_CLIP = 100;
const KEYPOINTS = 6;
const COORDS = 16;

/** Logistic sigmoid, with MediaPipe's ±100 clipping so extreme logits stay finite. */
export function sigmoid(logit: number): number {
  const x = Math.max(-SCORE_CLIP, Math.min(SCORE_CLIP, logit));
  return 1 / (1 + Math.exp(-x));
}

/**
 * Decodes one model run (TensorsToDetectionsCalculator semantics: reverse_output_order, scale =
 * input size, fixed anchors) into detections in the model's normalised input space [0, 1].
 * @param scores classificator logits, one per anchor.
 * @param boxes regressors, 16 per anchor: cx, cy, w, h, then 6 keypoints.
 * @param minScore detections below this sigmoid score are dropped.
 */
export function decodeDetections(model: FaceModel, scores: Float32Array, boxes: Float32Array, minScore: number): RawDetection[] {
  const { inputSize, anchorCount } = FACE_MODEL_SPECS[model];
  if (scores.length !== anchorCount || boxes.length !== anchorCount * COORDS) {
    throw new Error(`unexpected ${model} output sizes ${scores.length}/${boxes.length}`);
  }
  const anchors = faceAnchors(model);
  const out: RawDetection[] = [];
  for (let i = 0; i < anchorCount; i++) {
    const score = sigmoid(scores[i]!);
    if (score < minScore) continue;
    const ax = anchors[2 * i]!, ay = anchors[2 * i + 1]!, r = i * COORDS;
    const cx = boxes[r]! / inputSize + ax, cy = boxes[r + 1]! / inputSize + ay;
    const w = boxes[r + 2]! / inputSize, h = boxes[r + 3]! / inputSize;
    if (!(w > 0 && h > 0)) continue;
    const keypoints: number[] = [];
    for (let k = 0; k < KEYPOINTS; k++) {
      keypoints.push(boxes[r + 4 + 2 * k]! / inputSize + ax, boxes[r + 5 + 2 * k]! / inputSize + ay);
    }
    out.push({ x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2, score, keypoints });
  }
  return out;
}
