import type { Report } from '../engine/report';
import type { WireFile } from '../wire/file';
import type { RedactBoxes } from './dialog-channel';

/** What settings change in a check or a redaction (filled in by the background from policy). */
export interface EngineCheckOptions {
  /** Look for faces (policy faceDetection). */
  faces: boolean;
  /** Trust-specific hospital number formats, as regular expression sources. */
  hospitalNumberPatterns: string[];
}
export interface EngineRedactOptions {
  faceStyle: 'fill' | 'pixelate';
}

export interface RedactRequest {
  requestId: string;
  file: WireFile;
  boxes: RedactBoxes;
}

/** Background → engine host (the offscreen document on Chrome; a direct call on Firefox). Only the background sends these. */
export interface EngineMap {
  /** `replyTo`: the dialog frame that asked, for progress where the host must address it (Firefox). */
  'engine/check': { req: { requestId: string; file: WireFile; options?: EngineCheckOptions; replyTo?: { tabId: number; frameId: number } }; res: Report };
  'engine/redact': { req: RedactRequest & { options?: EngineRedactOptions }; res: WireFile };
  'engine/cancel': { req: { requestId: string }; res: null };
  'engine/warm': { req: Record<string, never>; res: null };
}
export type EngineType = keyof EngineMap;
export interface EngineEnvelope<T extends EngineType = EngineType> {
  to: 'engine';
  type: T;
  req: EngineMap[T]['req'];
}
