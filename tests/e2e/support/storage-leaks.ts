/**
 * Run inside an extension page (`page.evaluate(watchStorageForLeaks, marker)`): records in `window.seen` every
 * storage change that is not the extension's own bookkeeping. A held session keeps its record (`hold:<id>`) and
 * the background its start times in `storage.session`, and may update them while a form is filled in; anything
 * else, or any change carrying `marker` (what the test typed), is a leak. Self-contained: it is sent to the page
 * as source text.
 */
export function watchStorageForLeaks(marker: string): void {
  type Changes = Record<string, unknown>;
  type StorageApi = { storage: { onChanged: { addListener(listener: (changes: Changes, area: string) => void): void } } };
  const g = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi; seen?: string[] };
  const api = (g.browser ?? g.chrome)!;
  const seen: string[] = [];
  g.seen = seen;
  api.storage.onChanged.addListener((changes, area) => {
    const carries = JSON.stringify(changes).includes(marker);
    const keys = Object.keys(changes).filter((k) => carries || !(area === 'session' && (k.startsWith('hold:') || k === 'background.starts')));
    if (keys.length > 0) seen.push(`${area}:${keys.join()}`);
  });
}

/** Run inside the same page: the leaks `watchStorageForLeaks` recorded. */
export function storageLeaks(): string[] {
  return (globalThis as unknown as { seen?: string[] }).seen ?? [];
}
