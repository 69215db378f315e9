import type { Report } from '../engine/report';
import type { EngineCheckOptions, EngineRedactOptions } from '../messaging/protocol';
import type { Settings } from './types';

/** The parts of the settings that change what the engine looks for. */
export function checkOptionsFrom(settings: Settings): EngineCheckOptions {
  return { faces: settings.faceDetection, hospitalNumberPatterns: [...settings.hospitalNumberPatterns] };
}

/** How faces are hidden, with the face boxes taken from the check's own report. */
export function redactOptionsFrom(settings: Settings, report: Report | undefined): EngineRedactOptions {
  return { faceBoxes: report?.faces.map((f) => f.box) ?? [], faceStyle: settings.redactionStyle === 'pixelate' ? 'pixelate' : 'fill' };
}
