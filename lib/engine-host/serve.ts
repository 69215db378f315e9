import { browser } from 'wxt/browser';
import type { CheckProgress } from '../engine/progress';
import type { EngineEnvelope, Envelope } from '../messaging/protocol';
import type { Result } from '../messaging/result';
import { EngineWorker, spawnEngineWorker } from './worker-client';

/**
 * Models are released after this long without a check: the worker ends and takes its memory with
 * it. Long enough for a clinician attaching several images in a row; the next check after it
 * loads the models again (README figures: "first check after idle").
 */
export const ENGINE_IDLE_MS = 5 * 60_000;

/** Progress is sent at most this often per check; a finished stage goes out at once. */
const PROGRESS_EVERY_MS = 100;

/** The engine worker of this page (Chrome offscreen document, Firefox background page). */
export function createEngineWorker(): EngineWorker {
  return new EngineWorker({ spawn: spawnEngineWorker, idleMs: ENGINE_IDLE_MS });
}

/**
 * Passes one engine request to the worker. A check's progress goes to our extension pages as
 * `engine/progress` (the dialog frame listens for its own request id); nothing else hears it.
 */
export function serveEngine(worker: EngineWorker, envelope: EngineEnvelope): Promise<Result<unknown>> {
  if (envelope.type !== 'engine/check') return worker.call(envelope);
  const requestId = (envelope as EngineEnvelope<'engine/check'>).req.requestId;
  const relay = throttled(PROGRESS_EVERY_MS, (progress: CheckProgress) => {
    const message: Envelope<'engine/progress'> = { to: 'dialog', type: 'engine/progress', req: { requestId, progress } };
    browser.runtime.sendMessage(message).catch(() => undefined);
  });
  return worker.call(envelope, relay.push).finally(relay.cancel);
}

/** Sends the latest value at most every `ms`, at once when a stage (metadata, faces, text found) first appears. */
function throttled(ms: number, send: (p: CheckProgress) => void) {
  let last = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest: CheckProgress | undefined;
  let shape = '';
  const flush = () => {
    timer = undefined;
    if (!latest) return;
    last = Date.now();
    send(latest);
    latest = undefined;
  };
  return {
    push(progress: CheckProgress) {
      latest = progress;
      const now = `${progress.metadata !== undefined}${progress.faces !== undefined}${progress.text.found !== undefined}`;
      if (now !== shape || Date.now() - last >= ms) {
        shape = now;
        clearTimeout(timer);
        flush();
      } else timer ??= setTimeout(flush, ms - (Date.now() - last));
    },
    cancel() {
      clearTimeout(timer);
      latest = undefined;
    },
  };
}
