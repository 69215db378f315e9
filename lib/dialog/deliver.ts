import type { Result } from '../messaging/result';

/** How long a decision keeps trying to reach a background that is starting up again. */
const DEADLINE_MS = 15_000;

/**
 * Sends a request again while the only failure is the connection ('internal': the worker was
 * stopped or is starting). Anything the background itself answered (not found, forbidden) is final.
 * Every handler it is used with can safely be repeated.
 */
export async function withRetry<T extends Result<unknown>>(send: () => Promise<T>, deadlineMs = DEADLINE_MS): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (let wait = 250; ; wait = Math.min(wait * 2, 2000)) {
    const result = await send();
    if (result.ok || result.error.code !== 'internal' || Date.now() + wait > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}
