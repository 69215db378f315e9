import { browser } from 'wxt/browser';

/** The slice of `storage.managed` we use, so tests can pass a fake. */
export interface ManagedArea {
  get(): Promise<Record<string, unknown> | undefined>;
}

/**
 * Reads managed policy; never throws. Firefox throws when no policy names the extension
 * (and ignores `managed_schema`); Chrome answers `{}` until policy has loaded.
 * Both cases mean "unmanaged".
 */
export async function readManagedPolicy(area: ManagedArea | undefined = managedArea()): Promise<Record<string, unknown>> {
  if (!area) return {};
  try {
    const value = await area.get();
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : {};
  } catch {
    return {};
  }
}

function managedArea(): ManagedArea | undefined {
  try {
    return browser.storage?.managed as ManagedArea | undefined;
  } catch {
    return undefined;
  }
}
