import { browser } from 'wxt/browser';
import type { CheckProgress } from '../engine';
import type { ToDialog } from '../messaging/dialog-channel';
import type { EngineEnvelope } from '../messaging/engine-channel';
import type { Envelope } from '../messaging/envelope';
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

/** Delivers one progress message to the dialog that asked (`replyTo`, when the router knew it). */
export type ProgressRelay = (message: Envelope<ToDialog, 'check/progress'>, replyTo: { tabId: number; frameId: number } | undefined) => void;

/** To every extension page (Chrome: the offscreen document may use only `runtime`; the dialog frame receives it). */
export const relayToExtensionPages: ProgressRelay = (message) => {
  browser.runtime.sendMessage(message).catch(() => undefined);
};

/**
 * Passes one engine request to the worker. A check's progress goes to the dialog as
 * `check/progress` through `relay` (the dialog listens for its own request id).
 */
export function serveEngine(worker: EngineWorker, envelope: EngineEnvelope, relay: ProgressRelay = relayToExtensionPages): Promise<Result<unknown>> {
  if (envelope.type !== 'engine/check') return worker.call(envelope);
  const { requestId, replyTo } = (envelope as EngineEnvelope<'engine/check'>).req;
  const progress = throttled(PROGRESS_EVERY_MS, (p: CheckProgress) => relay({ to: 'dialog', type: 'check/progress', req: { requestId, progress: p } }, replyTo));
  return worker.call(envelope, progress.push).finally(progress.cancel);
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
