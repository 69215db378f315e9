import type { CheckProgress } from '../engine';
import type { EngineEnvelope } from '../messaging/engine-channel';
import type { Result } from '../messaging/result';

/** Host page → engine worker. */
export interface WorkerRequest {
  id: number;
  envelope: EngineEnvelope;
}

/** Engine worker → host page: progress of a check (any number), then exactly one result. */
export type WorkerReply = { id: number; progress: CheckProgress | unknown } | { id: number; result: Result<unknown> };
