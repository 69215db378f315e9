import type { EngineSettings } from './engine-impl';

/** Reading lines in more than two tesseract workers costs memory (a language model each) for little gain. */
const MAX_OCR_WORKERS = 2;

/**
 * Threads and OCR workers for this machine. `threads` is what ORT may use here (1 without
 * SharedArrayBuffer). A build can pin either for measurement (`WXT_ORT_THREADS=1 wxt build`,
 * used by `npm run bench` to compare 1 thread with N); shipped builds leave both unset.
 */
export function engineSettingsFor(g: { navigator?: { hardwareConcurrency?: number } }, threads: number): EngineSettings {
  const cores = g.navigator?.hardwareConcurrency ?? 1;
  const pinned = (value: string | undefined) => (value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined);
  const env = import.meta.env as Record<string, string | undefined>;
  return {
    numThreads: pinned(env.WXT_ORT_THREADS) ?? threads,
    ocrWorkers: pinned(env.WXT_OCR_WORKERS) ?? Math.max(1, Math.min(MAX_OCR_WORKERS, cores)),
    ocrFirst: import.meta.env.FIREFOX === true,
  };
}
