/** Which BlazeFace network: 'full' = full-range 192², 'short' = short-range 128² (close-ups). */
export type FaceModel = 'full' | 'short';

/** Static facts about one converted BlazeFace model (from MediaPipe's face_detection_*.pbtxt). */
export interface FaceModelSpec {
  model: FaceModel;
  /** Square input side in pixels. */
  inputSize: number;
  /** Feature-map stride for each group of anchors, with anchors per cell. */
  layers: readonly { stride: number; anchorsPerCell: number }[];
  /** Number of anchors (= rows of the model output). */
  anchorCount: number;
}

/**
 * SsdAnchorsCalculator settings: short-range has strides [8,16,16,16] with 2 anchors per layer
 * (aspect 1 + interpolated), so the three stride-16 layers share cells (6 per cell); full-range
 * has one stride-4 layer with 1 anchor. fixed_anchor_size = true, so only centres matter.
 */
export const FACE_MODEL_SPECS: Readonly<Record<FaceModel, FaceModelSpec>> = {
  short: { model: 'short', inputSize: 128, layers: [{ stride: 8, anchorsPerCell: 2 }, { stride: 16, anchorsPerCell: 6 }], anchorCount: 896 },
  full: { model: 'full', inputSize: 192, layers: [{ stride: 4, anchorsPerCell: 1 }], anchorCount: 2304 },
};

const anchorCache = new Map<FaceModel, Float32Array>();

/**
 * Anchor centres as [x0, y0, x1, y1, …], normalised to [0, 1], in the order the model emits rows
 * (layer, then row, then column, then anchor within the cell). Cached per model.
 */
export function faceAnchors(model: FaceModel): Float32Array {
  const cached = anchorCache.get(model);
  if (cached) return cached;
  const spec = FACE_MODEL_SPECS[model];
  const out: number[] = [];
  for (const { stride, anchorsPerCell } of spec.layers) {
    const cells = Math.ceil(spec.inputSize / stride);
    for (let y = 0; y < cells; y++)
      for (let x = 0; x < cells; x++)
        for (let a = 0; a < anchorsPerCell; a++) out.push((x + 0.5) / cells, (y + 0.5) / cells);
  }
  if (out.length !== spec.anchorCount * 2) throw new Error(`anchor count mismatch for ${model}`);
  const anchors = Float32Array.from(out);
  anchorCache.set(model, anchors);
  return anchors;
}
