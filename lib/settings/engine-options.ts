import type { EngineCheckOptions, EngineRedactOptions } from '../messaging/protocol';
import type { Settings } from './types';

/** The parts of the settings that change what the engine looks for. */
export function checkOptionsFrom(settings: Settings): EngineCheckOptions {
  return { faces: settings.faceDetection, hospitalNumberPatterns: [...settings.hospitalNumberPatterns] };
}

/** How faces are hidden in a redacted copy. */
export function redactOptionsFrom(settings: Settings): EngineRedactOptions {
  return { faceStyle: settings.redactionStyle === 'pixelate' ? 'pixelate' : 'fill' };
}
