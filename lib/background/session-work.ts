import { callEngine } from './engine-client';

/** Engine requests under way for each session, so they stop when the session ends (decided, abandoned, page gone). */
const running = new Map<string, Set<string>>();

export async function tracked<T>(sessionId: string, requestId: string, work: () => Promise<T>): Promise<T> {
  const ids = running.get(sessionId) ?? new Set<string>();
  running.set(sessionId, ids);
  ids.add(requestId);
  try {
    return await work();
  } finally {
    ids.delete(requestId);
    if (ids.size === 0 && running.get(sessionId) === ids) running.delete(sessionId);
  }
}

/** Cancels every check and preview still running for a session that has ended. */
export async function cancelSessionWork(sessionId: string): Promise<void> {
  const ids = running.get(sessionId);
  running.delete(sessionId);
  if (ids) await Promise.all([...ids].map((requestId) => callEngine('engine/cancel', { requestId })));
}
