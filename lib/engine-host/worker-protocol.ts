import type { CheckProgress } from '../engine';
import type { EngineEnvelope } from '../messaging/engine-channel';
import type { Result } from '../messaging/result';

/** Host page → engine worker: work, or a ping that an idle worker answers with a result at once. */
export type WorkerRequest = { id: number; envelope: EngineEnvelope } | { id: number; ping: true };

/**
 * Engine worker → host page: progress of a check (any number), then exactly one result; and,
 * while any request is in flight, a heartbeat that shows the worker's event loop still turns.
 */
export type WorkerReply = { id: number; progress: CheckProgress | unknown } | { id: number; result: Result<unknown> } | { alive: true };

/** How often a busy engine worker says it is alive. */
export const HEARTBEAT_EVERY_MS = 2_000;
