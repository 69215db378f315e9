import { browser } from 'wxt/browser';
import { checkImage, type CheckOptions } from '../engine/check';
import { redactFile } from '../engine/redact';
import type { Report } from '../engine/report';
import type { EngineRedactOptions, RedactRequest } from '../messaging/protocol';
import { createBrowserRuntime } from '../engine/runtime/browser';

/** The engine as the host sees it. */
export interface HostedEngine {
  check(input: { bytes: Uint8Array; name: string }, signal: AbortSignal, options?: CheckOptions): Promise<Report>;
  redact(input: { bytes: Uint8Array; name: string; type: string }, boxes: RedactRequest['boxes'], options?: EngineRedactOptions): Promise<{ bytes: Uint8Array; name: string; type: string }>;
  /** Loads every model now rather than on the first check. */
  warm(): Promise<void>;
}

let engine: HostedEngine | undefined;

/**
 * The engine for this host's lifetime: models load on first use and then stay warm
 * (the runtime creates each model lazily and keeps it).
 */
export function loadEngine(): HostedEngine {
  engine ??= createEngine();
  return engine;
}

function createEngine(): HostedEngine {
  const runtime = createBrowserRuntime({ assetUrl: (path) => browser.runtime.getURL(path as '/') });
  return {
    warm: () => runtime.warm(),
    check: (input, signal, options) => checkImage(input, runtime, options, signal),
    async redact(input, boxes, options) {
      const out = await redactFile(input, boxes, runtime, { faceStyle: options?.faceStyle ?? 'fill' });
      return { bytes: out.bytes, name: out.name, type: out.mimeType };
    },
  };
}
