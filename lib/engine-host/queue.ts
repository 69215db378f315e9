import { createLock } from '../async/lock';

/**
 * Runs engine jobs one at a time (ORT-web and one tesseract worker cannot run concurrently)
 * and lets a queued or running job be cancelled by request id.
 */
export class JobQueue {
  readonly #serialised = createLock();
  readonly #controllers = new Map<string, AbortController>();

  /**
   * Runs `job` after the jobs before it. `prepare` (loading the models) runs first, in its turn, with its
   * own deadline, so the job's `timeoutMs` measures the check alone: on a loaded machine the first check
   * after the models were released can spend most of a minute loading them.
   */
  run<T>(requestId: string, job: (signal: AbortSignal) => Promise<T>, timeoutMs: number, prepare?: Preparation): Promise<T> {
    const controller = new AbortController();
    this.#controllers.set(requestId, controller);
    return this.#serialised(async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const deadline = (ms: number, message: string) => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(new DOMException(message, 'TimeoutError')), ms);
      };
      try {
        controller.signal.throwIfAborted();
        if (prepare) {
          deadline(prepare.timeoutMs, prepare.timeoutMessage);
          await Promise.race([prepare.run(), rejectOnAbort(controller.signal)]);
        }
        deadline(timeoutMs, 'The check took too long');
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

/** Work a job needs done first, under its own deadline (see {@link JobQueue.run}). */
export interface Preparation {
  run(): Promise<void>;
  timeoutMs: number;
  timeoutMessage: string;
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}
