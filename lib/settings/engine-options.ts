import type { CheckOptions, RedactOptions } from '../engine';
import type { Settings } from './types';

/** What the settings decide of a check; the engine host's requests carry it (lib/messaging/engine-channel.ts). */
export type SettingsCheckOptions = Required<Pick<CheckOptions, 'faces' | 'hospitalNumberPatterns'>>;
/** What the settings decide of a redacted copy. */
export type SettingsRedactOptions = Required<Pick<RedactOptions, 'faceStyle'>>;

/** The parts of the settings that change what the engine looks for. */
export function checkOptionsFrom(settings: Settings): SettingsCheckOptions {
  return { faces: settings.faceDetection, hospitalNumberPatterns: [...settings.hospitalNumberPatterns] };
}

/** How faces are hidden in a redacted copy. */
export function redactOptionsFrom(settings: Settings): SettingsRedactOptions {
  return { faceStyle: settings.redactionStyle === 'pixelate' ? 'pixelate' : 'fill' };
}
