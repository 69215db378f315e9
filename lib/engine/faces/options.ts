/** Tuning for {@link detectFaces}. Every field is optional; defaults are in {@link DEFAULT_FACE_OPTIONS}. */
export interface FaceDetectionOptions {
  /** Keep detections whose sigmoid score is at least this. Default 0.55: MediaPipe's full-range graph uses 0.6;
   * screen moiré and specular highlights scored 0.51–0.54 on the evaluation corpus, real faces 0.7 and up. */
  minScore?: number;
  /** Minimum score for the short-range (close-up) model, which fires at 0.5–0.6 on large round
   * textures such as an endoscopy scope view; real close-ups score higher. Default 0.75. */
  shortRangeMinScore?: number;
  /** Intersection-over-union above which two boxes are the same face. Default 0.3 (as MediaPipe). */
  nmsIou?: number;
  /** 'weighted' averages overlapping boxes by score (MediaPipe's choice); 'plain' keeps the best box. Default 'weighted'. */
  nmsMode?: 'weighted' | 'plain';
  /** Smallest face side, in original-image pixels, the tiling plan should still find. Default 30. */
  minFaceSize?: number;
  /** Images whose long side is at least this get overlapping full-range tiles. Default 600. */
  tileFromLongSide?: number;
  /**
   * Smallest face side, in original-image pixels, to look for in images below `tileFromLongSide`
   * (low-resolution photos, where a face of 20 px is a person): such images get one level of
   * overlapping tiles enlarged so that face is {@link SMALL_IMAGE_FACE_MODEL_PX} model pixels.
   * Default 16; Infinity turns the enlarged tiles off.
   */
  minSmallImageFaceSize?: number;
  /** Fraction of a tile that overlaps its neighbour. Default 0.2. */
  tileOverlap?: number;
  /** Also run the short-range (close-up) model on the whole image. Default true. */
  useShortRange?: boolean;
  /** Upper bound on model runs per image; the finest tile levels are dropped first. Default 160
   * (a 30 px face in a 4032×3024 photo needs about 120). */
  maxRuns?: number;
}

/** The defaults applied by {@link resolveFaceOptions}. */
export const DEFAULT_FACE_OPTIONS: Readonly<Required<FaceDetectionOptions>> = Object.freeze({
  minScore: 0.55,
  shortRangeMinScore: 0.75,
  nmsIou: 0.3,
  nmsMode: 'weighted',
  minFaceSize: 30,
  tileFromLongSide: 600,
  minSmallImageFaceSize: 16,
  tileOverlap: 0.2,
  useShortRange: true,
  maxRuns: 160,
});

/** Fills in defaults; throws RangeError on values that would make the plan meaningless. */
export function resolveFaceOptions(options: FaceDetectionOptions = {}): Required<FaceDetectionOptions> {
  const o = { ...DEFAULT_FACE_OPTIONS, ...stripUndefined(options) };
  if (!(o.minScore >= 0 && o.minScore <= 1)) throw new RangeError('minScore must be in [0, 1]');
  if (!(o.shortRangeMinScore >= 0 && o.shortRangeMinScore <= 1)) throw new RangeError('shortRangeMinScore must be in [0, 1]');
  if (!(o.nmsIou > 0 && o.nmsIou <= 1)) throw new RangeError('nmsIou must be in (0, 1]');
  if (!(o.minSmallImageFaceSize > 0)) throw new RangeError('minSmallImageFaceSize must be positive');
  if (!(o.minFaceSize > 0)) throw new RangeError('minFaceSize must be positive');
  if (!(o.tileOverlap >= 0 && o.tileOverlap < 0.9)) throw new RangeError('tileOverlap must be in [0, 0.9)');
  if (!(o.maxRuns >= 1)) throw new RangeError('maxRuns must be at least 1');
  return o;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
