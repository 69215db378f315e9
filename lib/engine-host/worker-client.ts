import type { CheckProgress } from '../engine';
import type { EngineEnvelope } from '../messaging/protocol';
import { fail, failWith, type Result } from '../messaging/result';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** What the engine worker client needs from its page. */
export interface EngineWorkerOptions {
  /** Starts a fresh engine worker. */
  spawn(): Worker;
  /**
   * Ends the worker after this long with no request in flight: its models and WASM memory (which
   * never shrinks) go with it, and the next request starts a new one. 0 keeps it for good.
   */
  idleMs: number;
  /** Told when the worker is ended for idleness (for tests and the bench). */
  onRelease?: () => void;
}

/** A worker idle this long is pinged before it is given work. */
const IDLE_BEFORE_PING_MS = 10_000;
/** An idle worker answers a ping within milliseconds; this allows for a loaded machine. */
const PING_DEADLINE_MS = 5_000;

interface Pending {
  resolve(result: Result<unknown>): void;
  onProgress?: (progress: CheckProgress) => void;
}

/**
 * The host page's handle on the engine worker (Chrome's offscreen document, Firefox's background
 * page): starts it on first use, matches answers to requests, streams progress, restarts it after
 * a crash and ends it when idle.
 */
export class EngineWorker {
  readonly #options: EngineWorkerOptions;
  #worker: Worker | undefined;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  #lastReply = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(options: EngineWorkerOptions) {
    this.#options = options;
  }

  /** Whether a worker (and so, possibly, warm models) exists now. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  /** Sends one request; progress of a check arrives on `onProgress` before the result. Never rejects. */
  async call(envelope: EngineEnvelope, onProgress?: (progress: CheckProgress) => void): Promise<Result<unknown>> {
    // A cancel for a worker that is not running has nothing to stop.
    if (envelope.type === 'engine/cancel' && !this.#worker) return fail('not-found', 'No check is running');
    await this.#replaceIfUnresponsive();
    return this.#send(envelope, onProgress);
  }

  /**
   * An idle worker answers a ping at once. One that does not has died or hung without an error
   * event (seen in Firefox after its event page sat idle), and would swallow every request: end it.
   */
  async #replaceIfUnresponsive(): Promise<void> {
    const worker = this.#worker;
    if (!worker || this.#pending.size > 0 || Date.now() - this.#lastReply < IDLE_BEFORE_PING_MS) return;
    const id = this.#nextId++;
    const answered = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        resolve(false);
      }, PING_DEADLINE_MS);
      this.#pending.set(id, { resolve: () => (clearTimeout(timer), resolve(true)) });
      worker.postMessage({ id, ping: true } satisfies WorkerRequest);
    });
    if (!answered && this.#worker === worker) this.release('The checking engine stopped answering');
  }

  #send(envelope: EngineEnvelope, onProgress?: (progress: CheckProgress) => void): Promise<Result<unknown>> {
    const worker = this.#ensure();
    clearTimeout(this.#idleTimer);
    const id = this.#nextId++;
    return new Promise<Result<unknown>>((resolve) => {
      this.#pending.set(id, { resolve, ...(onProgress && { onProgress }) });
      try {
        worker.postMessage({ id, envelope } satisfies WorkerRequest);
      } catch (error) {
        this.#settle(id, failWith('engine-failed', error));
      }
    });
  }

  /** Ends the worker now; requests in flight fail with a plain message. */
  release(reason = 'The checking engine was stopped'): void {
    clearTimeout(this.#idleTimer);
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const id of [...this.#pending.keys()]) this.#settle(id, fail('engine-failed', reason));
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#options.spawn();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      this.#lastReply = Date.now();
      if ('result' in reply) this.#settle(reply.id, reply.result);
      else this.#pending.get(reply.id)?.onProgress?.(reply.progress as CheckProgress);
    };
    // A worker that fails to load or dies (out of memory) takes its requests with it; the next one starts afresh.
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.#worker === worker) this.release(`The checking engine stopped: ${event.message || 'it failed to start'}`);
    };
    this.#worker = worker;
    this.#lastReply = Date.now();
    return worker;
  }

  #settle(id: number, result: Result<unknown>): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    pending.resolve(result);
    if (this.#pending.size === 0 && this.#worker && this.#options.idleMs > 0) {
      clearTimeout(this.#idleTimer);
      this.#idleTimer = setTimeout(() => {
        if (this.#pending.size > 0) return;
        this.release();
        this.#options.onRelease?.();
      }, this.#options.idleMs);
    }
  }
}

/** Starts the engine worker from its bundled module (Vite emits it as a separate ES module). */
export function spawnEngineWorker(): Worker {
  return new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'consent-guard-engine' });
}
