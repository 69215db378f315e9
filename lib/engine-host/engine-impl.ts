import type { Box, Report } from '../engine/report';

/** The engine as the host sees it. */
export interface HostedEngine {
  check(input: { bytes: Uint8Array; name: string }, signal: AbortSignal): Promise<Report>;
  redact(input: { bytes: Uint8Array; name: string; type: string }, boxes: Box[]): Promise<{ bytes: Uint8Array; name: string; type: string }>;
}

let engine: Promise<HostedEngine> | undefined;

/** Loads models once per engine-host lifetime and keeps them warm. */
export function loadEngine(): Promise<HostedEngine> {
  engine ??= createEngine().catch((error: unknown) => {
    engine = undefined;
    throw error;
  });
  return engine;
}

// Temporary: decodes only, until lib/engine/check.ts lands. Replaced by the real engine.
async function createEngine(): Promise<HostedEngine> {
  return {
    async check({ bytes, name }) {
      const started = performance.now();
      const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
      return {
        file: name,
        width: bitmap.width,
        height: bitmap.height,
        verdict: 'review',
        faces: [],
        text: [],
        identifiers: [],
        metadata: [],
        timings: { decode: performance.now() - started },
      };
    },
    async redact({ bytes, name, type }) {
      return { bytes, name, type };
    },
  };
}
