import { browser } from 'wxt/browser';

/** `storage.session` key: when the background last (re)started, newest last. Diagnostics, and how the tests see a worker restart. */
export const STARTS_KEY = 'background.starts';
const KEEP = 20;

export async function recentStarts(): Promise<number[]> {
  const starts = (await browser.storage.session.get(STARTS_KEY))[STARTS_KEY];
  return Array.isArray(starts) ? starts.filter((t): t is number => typeof t === 'number') : [];
}

export async function markStarted(now = Date.now()): Promise<void> {
  try {
    await browser.storage.session.set({ [STARTS_KEY]: [...(await recentStarts()), now].slice(-KEEP) });
  } catch {
    // Diagnostics only.
  }
}
