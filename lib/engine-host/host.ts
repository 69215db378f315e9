import type { ProgressListener } from '../engine';
import { fromWire, isArrayBuffer, toWire } from '../wire/bytes';
import type { EngineEnvelope, EngineMap, EngineType } from '../messaging/engine-channel';
import { fail, failWith, ok, type Result } from '../messaging/result';
import { loadEngine, type EngineSettings, type HostedEngine } from './engine-impl';
import { JobQueue, type Preparation } from './queue';

/** A check that runs longer than this is stopped and reported, never passed silently. */
const CHECK_TIMEOUT_MS = 60_000;
/**
 * Loading the models before a check (after the browser stopped an idle engine) has its own deadline: on a
 * loaded 2-core machine it took most of a minute, which left the check itself too little of one.
 */
const LOAD_TIMEOUT_MS = 120_000;
const loading = (engine: HostedEngine): Preparation => ({
  run: () => engine.load(),
  timeoutMs: LOAD_TIMEOUT_MS,
  timeoutMessage: 'The checking engine took too long to start',
});

const queue = new JobQueue();

type Handlers = { [T in EngineType]: (req: EngineMap[T]['req'], onProgress?: ProgressListener) => Promise<EngineMap[T]['res']> };

/** Answers engine requests inside the engine worker. */
export function createEngineHandlers(settings: EngineSettings): Handlers {
  return {
    'engine/warm': async () => {
      await loadEngine(settings).warm();
      return null;
    },
    'engine/check': async ({ requestId, file, options }, onProgress) => {
      const engine = loadEngine(settings);
      const bytes = new Uint8Array(fromWire(file.bytes));
      return queue.run(requestId, (signal) => engine.check({ bytes, name: file.name }, signal, options, onProgress), CHECK_TIMEOUT_MS, loading(engine));
    },
    'engine/redact': async ({ requestId, file, boxes, options }) => {
      const engine = loadEngine(settings);
      const bytes = new Uint8Array(fromWire(file.bytes));
      const out = await queue.run(requestId, () => engine.redact({ bytes, name: file.name, type: file.type }, boxes, options), CHECK_TIMEOUT_MS);
      const buffer = out.bytes.buffer.slice(out.bytes.byteOffset, out.bytes.byteOffset + out.bytes.byteLength) as ArrayBuffer;
      // Answer in the form the request arrived in: base64 where this browser's messaging drops ArrayBuffers.
      const structured = isArrayBuffer(file.bytes);
      return { name: out.name, type: out.type, lastModified: Date.now(), size: out.bytes.byteLength, bytes: toWire(buffer, structured) };
    },
    'engine/cancel': async ({ requestId }) => {
      queue.cancel(requestId);
      return null;
    },
  };
}

/** Handles one engine request; every failure comes back as a value. */
export async function handleEngineRequest(handlers: Handlers, envelope: EngineEnvelope, onProgress?: ProgressListener): Promise<Result<unknown>> {
  const handler = handlers[envelope.type] as ((req: unknown, onProgress?: ProgressListener) => Promise<unknown>) | undefined;
  if (!handler) return fail('bad-request', `Unknown engine request ${String(envelope.type)}`);
  try {
    return ok(await handler(envelope.req, onProgress));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return fail('cancelled', error.message);
    if (error instanceof DOMException && error.name === 'TimeoutError') return fail('timeout', error.message);
    return failWith('engine-failed', error);
  }
}
