import { checkImage, redactFile, type CheckOptions, type ProgressListener, type Report } from '../engine';
import { createBrowserRuntime } from '../engine/runtime/browser';
import type { EngineRedactOptions, RedactRequest } from '../messaging/engine-channel';

/** The engine as the host sees it. */
export interface HostedEngine {
  check(input: { bytes: Uint8Array; name: string }, signal: AbortSignal, options?: CheckOptions, onProgress?: ProgressListener): Promise<Report>;
  redact(input: { bytes: Uint8Array; name: string; type: string }, boxes: RedactRequest['boxes'], options?: EngineRedactOptions): Promise<{ bytes: Uint8Array; name: string; type: string }>;
  /** Loads every model now rather than on the first check, then runs each once (see exerciseModels). */
  warm(): Promise<void>;
  /** Loads every model (no practice run); resolves at once when they are loaded. */
  load(): Promise<void>;
}

/** How the engine worker uses the machine; chosen by whoever starts the worker (worker.ts). */
export interface EngineSettings {
  /** ORT threads (1 where there is no SharedArrayBuffer). */
  numThreads: number;
  /** Tesseract workers reading lines side by side. */
  ocrWorkers: number;
  /** Ready tesseract before ORT starts (Firefox; see BrowserRuntimeOptions.ocrFirst). */
  ocrFirst: boolean;
}

let engine: HostedEngine | undefined;

/**
 * The engine for this worker's lifetime: models load on first use and then stay warm
 * (the runtime creates each model lazily and keeps it). Assets come from the extension's
 * own origin, which is the worker's.
 */
export function loadEngine(settings: EngineSettings): HostedEngine {
  engine ??= createEngine(settings);
  return engine;
}

function createEngine(settings: EngineSettings): HostedEngine {
  const assetUrl = (path: string) => new URL(path, globalThis.location.href).href;
  const runtime = createBrowserRuntime({ assetUrl, ...settings });
  return {
    warm: () => runtime.warm(),
    load: () => runtime.load(),
    check: (input, signal, options, onProgress) => checkImage(input, runtime, options, signal, onProgress),
    async redact(input, boxes, options) {
      const out = await redactFile(input, boxes, runtime, { faceStyle: options?.faceStyle ?? 'fill' });
      return { bytes: out.bytes, name: out.name, type: out.mimeType };
    },
  };
}
