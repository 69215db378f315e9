import { browser } from 'wxt/browser';
import { checkImage, type CheckOptions } from '../engine/check';
import { redactFile } from '../engine/redact';
import type { Box, Report } from '../engine/report';
import { createBrowserRuntime } from '../engine/runtime/browser';

/** The engine as the host sees it. */
export interface HostedEngine {
  check(input: { bytes: Uint8Array; name: string }, signal: AbortSignal, options?: CheckOptions): Promise<Report>;
  redact(input: { bytes: Uint8Array; name: string; type: string }, boxes: Box[]): Promise<{ bytes: Uint8Array; name: string; type: string }>;
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
    async redact(input, boxes) {
      const out = await redactFile(input, boxes, runtime);
      return { bytes: out.bytes, name: out.name, type: out.mimeType };
    },
  };
}
