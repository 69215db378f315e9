import { afterEach, describe, expect, it, vi } from 'vitest';
import { EngineWorker } from '../../../lib/engine-host/worker-client';
import type { WorkerRequest } from '../../../lib/engine-host/worker-protocol';
import type { EngineEnvelope } from '../../../lib/messaging/engine-channel';

/** A stand-in for the engine worker: records requests; the test answers them. */
class FakeWorker {
  onmessage: ((e: MessageEvent) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  sent: WorkerRequest[] = [];
  terminated = false;
  postMessage(data: WorkerRequest) {
    this.sent.push(data);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const check = (requestId: string): EngineEnvelope => ({ to: 'engine', type: 'engine/check', req: { requestId, file: { name: 'a.png', type: 'image/png', lastModified: 0, size: 1, bytes: new ArrayBuffer(1) } } });

function setup(idleMs = 0) {
  const workers: FakeWorker[] = [];
  const onRelease = vi.fn();
  const client = new EngineWorker({ spawn: () => { const w = new FakeWorker(); workers.push(w); return w as unknown as Worker; }, idleMs, onRelease });
  return { client, workers, onRelease };
}

afterEach(() => vi.useRealTimers());

describe('engine worker client', () => {
  it('matches answers to requests and passes progress to the check that asked', async () => {
    const { client, workers } = setup();
    const heard: unknown[] = [];
    const first = client.call(check('a'), (p) => heard.push(p));
    const second = client.call(check('b'));
    const [w] = workers;
    expect(workers).toHaveLength(1);
    const [a, b] = w!.sent;
    w!.reply({ id: a!.id, progress: { step: 1 } });
    w!.reply({ id: b!.id, result: { ok: true, value: 'B' } });
    w!.reply({ id: a!.id, result: { ok: true, value: 'A' } });
    await expect(first).resolves.toEqual({ ok: true, value: 'A' });
    await expect(second).resolves.toEqual({ ok: true, value: 'B' });
    expect(heard).toEqual([{ step: 1 }]);
  });

  it('fails the requests in flight when the worker dies, and starts a new one next time', async () => {
    const { client, workers } = setup();
    const pending = client.call(check('a'));
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent);
    await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'engine-failed', message: expect.stringContaining('out of memory') } });
    expect(client.running).toBe(false);
    void client.call(check('b'));
    expect(workers).toHaveLength(2);
  });

  it('ends an idle worker, never one with a request in flight', async () => {
    vi.useFakeTimers();
    const { client, workers, onRelease } = setup(1000);
    const first = client.call(check('a'));
    vi.advanceTimersByTime(5000);
    expect(workers[0]!.terminated).toBe(false);
    workers[0]!.reply({ id: workers[0]!.sent[0]!.id, result: { ok: true, value: null } });
    await first;
    vi.advanceTimersByTime(999);
    expect(workers[0]!.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(workers[0]!.terminated).toBe(true);
    expect(onRelease).toHaveBeenCalledOnce();
  });

  it('answers a cancel without starting a worker when none runs', async () => {
    const { client, workers } = setup();
    await expect(client.call({ to: 'engine', type: 'engine/cancel', req: { requestId: 'x' } })).resolves.toMatchObject({ ok: false });
    expect(workers).toHaveLength(0);
  });
});
