import type { CheckProgress } from '../engine';
import type { EngineEnvelope } from '../messaging/protocol';
import type { Result } from '../messaging/result';

/** Host page → engine worker. */
export type WorkerRequest = { id: number; envelope: EngineEnvelope } | { id: number; ping: true };

/** Engine worker → host page: progress of a check (any number), then exactly one result. */
export type WorkerReply = { id: number; progress: CheckProgress | unknown } | { id: number; result: Result<unknown> };
