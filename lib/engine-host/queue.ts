import { createLock } from '../async/lock';

/**
 * Runs engine jobs one at a time (ORT-web and one tesseract worker cannot run concurrently)
 * and lets a queued or running job be cancelled by request id.
 */
export class JobQueue {
  readonly #serialised = createLock();
  readonly #controllers = new Map<string, AbortController>();

  run<T>(requestId: string, job: (signal: AbortSignal) => Promise<T>, timeoutMs: number): Promise<T> {
    const controller = new AbortController();
    this.#controllers.set(requestId, controller);
    return this.#serialised(async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      try {
        controller.signal.throwIfAborted();
        timer = setTimeout(() => controller.abort(new DOMException('The check took too long', 'TimeoutError')), timeoutMs);
        return await Promise.race([job(controller.signal), rejectOnAbort(controller.signal)]);
      } finally {
        clearTimeout(timer);
        this.#controllers.delete(requestId);
      }
    });
  }

  cancel(requestId: string): boolean {
    const controller = this.#controllers.get(requestId);
    controller?.abort(new DOMException('The check was cancelled', 'AbortError'));
    return controller !== undefined;
  }
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
