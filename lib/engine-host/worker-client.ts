import type { CheckProgress } from '../engine';
import type { EngineEnvelope } from '../messaging/engine-channel';
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
/**
 * A busy worker beats every 2 s; its longest synchronous stretch (a model run on one thread of a
 * loaded 2-core machine) is far shorter than this. Silence this long means it hung.
 */
const STALL_MS = 45_000;

interface Pending {
  resolve(result: Result<unknown>): void;
  onProgress?: (progress: CheckProgress) => void;
  /** What was asked, to ask a fresh worker once if this one hangs (absent for pings). */
  envelope?: EngineEnvelope;
  retried?: boolean;
}

/**
 * The host page's handle on the engine worker (Chrome's offscreen document, Firefox's background
 * page): starts it on first use, matches answers to requests, streams progress, restarts it after
 * a crash or a hang and ends it when idle.
 */
export class EngineWorker {
  readonly #options: EngineWorkerOptions;
  #worker: Worker | undefined;
  readonly #pending = new Map<number, Pending>();
  #nextId = 1;
  /** When the worker last said anything (or, while it has nothing to do, when it was last given work). */
  #lastHeard = 0;
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  #watchdog: ReturnType<typeof setInterval> | undefined;

  constructor(options: EngineWorkerOptions) {
    this.#options = options;
  }

  /** Whether a worker (and so, possibly, warm models) exists now. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  /** Sends one request; progress of a check arrives on `onProgress` before the result. Never rejects. */
  call(envelope: EngineEnvelope, onProgress?: (progress: CheckProgress) => void): Promise<Result<unknown>> {
    // A cancel for a worker that is not running has nothing to stop.
    if (envelope.type === 'engine/cancel' && !this.#worker) return Promise.resolve(fail('not-found', 'No check is running'));
    const send = () => new Promise<Result<unknown>>((resolve) => this.#send(this.#nextId++, { resolve, envelope, ...(onProgress && { onProgress }) }));
    const worker = this.#worker;
    const longIdle = worker && this.#pending.size === 0 && Date.now() - this.#lastHeard >= IDLE_BEFORE_PING_MS;
    return longIdle ? this.#replaceIfUnresponsive(worker).then(send) : send();
  }

  /** Ends the worker now; requests in flight fail with a plain message. */
  release(reason = 'The checking engine was stopped'): void {
    this.#end();
    for (const id of [...this.#pending.keys()]) this.#settle(id, fail('engine-failed', reason));
  }

  /**
   * An idle worker answers a ping at once. One that does not has died or hung without an error
   * event (seen in Firefox after its event page sat idle), and would swallow every request: end it.
   */
  async #replaceIfUnresponsive(worker: Worker): Promise<void> {
    const id = this.#nextId++;
    const answered = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        resolve(false);
      }, PING_DEADLINE_MS);
      this.#pending.set(id, { resolve: () => (clearTimeout(timer), resolve(true)) });
      worker.postMessage({ id, ping: true } satisfies WorkerRequest);
    });
    if (!answered && this.#worker === worker && this.#pending.size === 0) this.#end();
  }

  #send(id: number, pending: Pending & { envelope: EngineEnvelope }): void {
    const worker = this.#ensure();
    clearTimeout(this.#idleTimer);
    if (![...this.#pending.values()].some((p) => p.envelope)) this.#lastHeard = Date.now();
    this.#pending.set(id, pending);
    this.#watchdog ??= setInterval(() => this.#checkForStall(), STALL_MS / 3);
    try {
      worker.postMessage({ id, envelope: pending.envelope } satisfies WorkerRequest);
    } catch (error) {
      this.#settle(id, failWith('engine-failed', error));
    }
  }

  /** A worker silent for too long while it owes answers has hung: a fresh one is asked once, then the request fails. */
  #checkForStall(): void {
    if (Date.now() - this.#lastHeard < STALL_MS) return;
    const owed = [...this.#pending].filter(([, p]) => p.envelope);
    this.#end();
    for (const [id, pending] of owed) {
      this.#pending.delete(id);
      if (pending.retried) pending.resolve(fail('engine-failed', 'The checking engine stopped answering'));
      else this.#send(id, { ...pending, envelope: pending.envelope!, retried: true });
    }
  }

  #end(): void {
    clearTimeout(this.#idleTimer);
    clearInterval(this.#watchdog);
    this.#watchdog = undefined;
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #ensure(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#options.spawn();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (this.#worker !== worker) return;
      const reply = event.data;
      this.#lastHeard = Date.now();
      if ('result' in reply) this.#settle(reply.id, reply.result);
      else if ('progress' in reply) this.#pending.get(reply.id)?.onProgress?.(reply.progress as CheckProgress);
    };
    // A worker that fails to load or dies (out of memory) takes its requests with it; the next one starts afresh.
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.#worker === worker) this.release(`The checking engine stopped: ${event.message || 'it failed to start'}`);
    };
    this.#worker = worker;
    this.#lastHeard = Date.now();
    return worker;
  }

  #settle(id: number, result: Result<unknown>): void {
    const pending = this.#pending.get(id);
    if (!pending) return;
    this.#pending.delete(id);
    pending.resolve(result);
    if (this.#pending.size > 0) return;
    clearInterval(this.#watchdog);
    this.#watchdog = undefined;
    if (this.#worker && this.#options.idleMs > 0) {
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
