import type { EngineEnvelope, EngineMap, EngineType } from '../messaging/engine-channel';
import { failWith, type Result } from '../messaging/result';
import { platform } from '../platform';

type EngineResponse<T extends EngineType> = Result<EngineMap[T]['res']>;

/** Sends one request to the engine worker, wherever this browser hosts it (lib/platform). */
export async function callEngine<T extends EngineType>(type: T, req: EngineMap[T]['req']): Promise<EngineResponse<T>> {
  try {
    const envelope: EngineEnvelope<T> = { to: 'engine', type, req };
    return (await platform.engineHost.call(envelope as EngineEnvelope)) as EngineResponse<T>;
  } catch (error) {
    return failWith('engine-failed', error);
  }
}
