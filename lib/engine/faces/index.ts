export { detectFaces, type FaceModelRunner } from './detect';
export { DEFAULT_FACE_OPTIONS, resolveFaceOptions, type FaceDetectionOptions } from './options';
export { FACE_MODEL_SPECS, faceAnchors, type FaceModel, type FaceModelSpec } from './anchors';
export { decodeDetections, sigmoid, type RawDetection } from './decode';
export { iou, nonMaxSuppression } from './nms';
export { letterboxFor, letterboxTensor, toImageSpace, type Letterbox, type Rect } from './letterbox';
export { MIN_FACE_MODEL_PX, planFaceRuns, type FaceRun } from './tiling';
