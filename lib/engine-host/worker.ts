/// <reference lib="webworker" />
/**
 * The engine worker: ORT sessions, tesseract.js, decoding and redaction all run here, off every
 * page's main thread (the dialog frame shares its process's main thread with the offscreen
 * document in Chrome and with the background page in Firefox). Started by worker-client.ts;
 * no extension APIs exist in a worker, so it only answers postMessage.
 */
import type { EngineEnvelope } from '../messaging/engine-channel';
import { chooseThreadCount } from '../engine/runtime/browser';
import { createEngineHandlers, handleEngineRequest } from './host';
import { HEARTBEAT_EVERY_MS, type WorkerReply, type WorkerRequest } from './worker-protocol';
import { engineSettingsFor } from './settings';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handlers = createEngineHandlers(engineSettingsFor(scope, chooseThreadCount(scope)));

let inFlight = 0;
let heartbeat: ReturnType<typeof setInterval> | undefined;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  if ('ping' in event.data) return scope.postMessage({ id: event.data.id, result: { ok: true, value: null } } satisfies WorkerReply);
  const { id, envelope } = event.data;
  const post = (reply: WorkerReply, transfer: Transferable[] = []) => scope.postMessage(reply, transfer);
  const onProgress = envelope.type === 'engine/check' ? (progress: unknown) => post({ id, progress }) : undefined;
  if (inFlight++ === 0) heartbeat = setInterval(() => post({ alive: true }), HEARTBEAT_EVERY_MS);
  void handleEngineRequest(handlers, envelope as EngineEnvelope, onProgress).then((result) => {
    if (--inFlight === 0) clearInterval(heartbeat);
    const bytes = result.ok ? (result.value as { bytes?: unknown } | null)?.bytes : undefined;
    post({ id, result }, bytes instanceof ArrayBuffer ? [bytes] : []);
  });
};
