import { browser } from 'wxt/browser';
import { readManagedPolicy } from './managed';
import { mergeSettings, withoutLocked } from './merge';
import type { Settings, SettingsState } from './types';
import { sanitiseSettings } from './validate';

/** storage.local key of the user's own choices. Local, not sync: browser sync would copy them off the device. */
export const USER_SETTINGS_KEY = 'userSettings';

let cache: Promise<SettingsState> | undefined;

/** Effective settings, locked keys and policy status; cached until storage changes. Never rejects. */
export function getSettingsState(): Promise<SettingsState> {
  cache ??= load();
  return cache;
}

/** How long a hint waits for the managed policy: Chromium answered `storage.managed` 2.5 s after it started. */
export const HINT_WAIT_MS = 300;

/**
 * Settings for a choice that only saves time (warming the engine as a page opens): the effective settings
 * when they are ready within {@link HINT_WAIT_MS}, else the user's own choices over the defaults. Holding,
 * checking and deciding always wait for the policy (getSettingsState).
 */
export async function settingsForHint(): Promise<Settings> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, HINT_WAIT_MS, undefined)));
  const ready = await Promise.race([getSettingsState().then((s) => s.settings), waited]);
  clearTimeout(timer);
  return ready ?? mergeSettings(await readUserSettings(), {}).settings;
}

/** Forget the cached state (storage changed, or a test reset the fake browser). */
export function invalidateSettings(): void {
  cache = undefined;
}

async function load(): Promise<SettingsState> {
  const [user, managedRaw] = await Promise.all([readUserSettings(), readManagedPolicy()]);
  const managed = sanitiseSettings(managedRaw);
  const { settings, locked } = mergeSettings(user, managed.values);
  return { settings, locked, managed: Object.keys(managedRaw).length > 0, rejected: managed.rejected, unknownPolicyKeys: managed.unknown };
}

async function readUserSettings(): Promise<Partial<Settings>> {
  try {
    const stored = await browser.storage.local.get(USER_SETTINGS_KEY);
    return sanitiseSettings(stored[USER_SETTINGS_KEY]).values;
  } catch {
    return {};
  }
}

/**
 * Saves the user's changes. Invalid values and keys locked by policy are dropped, not saved.
 * @returns the new effective state.
 */
export async function saveUserSettings(patch: Partial<Record<keyof Settings, unknown>>): Promise<SettingsState> {
  const { locked } = await getSettingsState();
  const allowed = withoutLocked(sanitiseSettings(patch).values, locked);
  const current = await readUserSettings();
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: { ...current, ...allowed } });
  invalidateSettings();
  return getSettingsState();
}

/** Forgets the user's own choices (policy and defaults remain). */
export async function resetUserSettings(): Promise<SettingsState> {
  await browser.storage.local.remove(USER_SETTINGS_KEY);
  invalidateSettings();
  return getSettingsState();
}

/**
 * Drops the cache whenever policy or the user's settings change, then calls `onChange`.
 * Firefox has no change event for managed storage; it reads policy at start-up only.
 * @returns a function that stops watching.
 */
export function watchSettings(onChange: () => void = () => undefined): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) {
      invalidateSettings();
      onChange();
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
