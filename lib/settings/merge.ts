import { defaultSettings, SETTING_KEYS } from './schema';
import type { SettingKey, Settings } from './types';

/**
 * Effective settings: managed policy over the user's choices over the defaults.
 * Every key present in `managed` is locked. Inputs must already be sanitised.
 */
export function mergeSettings(user: Partial<Settings>, managed: Partial<Settings>): { settings: Settings; locked: SettingKey[] } {
  const settings = { ...defaultSettings(), ...user, ...managed };
  const locked = SETTING_KEYS.filter((k) => managed[k] !== undefined);
  return { settings, locked };
}

/** Removes locked keys from a user's change, so policy always wins even if the page is tampered with. */
export function withoutLocked(patch: Partial<Settings>, locked: readonly SettingKey[]): Partial<Settings> {
  const copy: Partial<Record<SettingKey, unknown>> = { ...patch };
  for (const key of locked) delete copy[key];
  return copy as Partial<Settings>;
}
