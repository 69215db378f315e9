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

  describe('a worker that hangs without an error (Firefox, after its event page idled)', () => {
    const lastRequest = (w: FakeWorker) => w.sent.at(-1)!;

    it('pings a worker idle for 10 s before giving it work, and keeps it when it answers', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup();
      const first = client.call(check('a'));
      workers[0]!.reply({ id: lastRequest(workers[0]!).id, result: { ok: true, value: 1 } });
      await first;
      vi.advanceTimersByTime(10_000);
      const second = client.call(check('b'));
      const ping = lastRequest(workers[0]!);
      expect(ping).toMatchObject({ ping: true });
      workers[0]!.reply({ id: ping.id, result: { ok: true, value: null } });
      await vi.advanceTimersByTimeAsync(0);
      expect(lastRequest(workers[0]!)).toMatchObject({ envelope: { req: { requestId: 'b' } } });
      workers[0]!.reply({ id: lastRequest(workers[0]!).id, result: { ok: true, value: 2 } });
      await expect(second).resolves.toEqual({ ok: true, value: 2 });
      expect(workers).toHaveLength(1);
    });

    it('replaces an idle worker that does not answer a ping within 5 s, and the work goes to the new one', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup();
      const first = client.call(check('a'));
      workers[0]!.reply({ id: lastRequest(workers[0]!).id, result: { ok: true, value: 1 } });
      await first;
      vi.advanceTimersByTime(60_000);
      const second = client.call(check('b'));
      await vi.advanceTimersByTimeAsync(4_999);
      expect(workers).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(1);
      expect(workers[0]!.terminated).toBe(true);
      expect(workers).toHaveLength(2);
      expect(lastRequest(workers[1]!)).toMatchObject({ envelope: { req: { requestId: 'b' } } });
      workers[1]!.reply({ id: lastRequest(workers[1]!).id, result: { ok: true, value: 2 } });
      await expect(second).resolves.toEqual({ ok: true, value: 2 });
    });

    it('keeps a long check whose worker beats, however long it runs', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup();
      const pending = client.call(check('a'));
      for (let t = 0; t < 120_000; t += 2_000) {
        await vi.advanceTimersByTimeAsync(2_000);
        workers[0]!.reply({ alive: true });
      }
      expect(workers).toHaveLength(1);
      workers[0]!.reply({ id: lastRequest(workers[0]!).id, result: { ok: true, value: 'done' } });
      await expect(pending).resolves.toEqual({ ok: true, value: 'done' });
    });

    it('asks a fresh worker once when a busy one falls silent for 45 s, ignoring the old one from then on', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup();
      const heard: unknown[] = [];
      const pending = client.call(check('a'), (p) => heard.push(p));
      await vi.advanceTimersByTimeAsync(44_000);
      expect(workers).toHaveLength(1);
      await vi.advanceTimersByTimeAsync(16_000);
      expect(workers[0]!.terminated).toBe(true);
      expect(workers).toHaveLength(2);
      const retried = lastRequest(workers[1]!);
      expect(retried).toMatchObject({ envelope: { req: { requestId: 'a' } } });
      workers[0]!.reply({ id: retried.id, progress: { stale: true } });
      workers[0]!.reply({ id: retried.id, result: { ok: true, value: 'stale' } });
      workers[1]!.reply({ id: retried.id, progress: { fresh: true } });
      workers[1]!.reply({ id: retried.id, result: { ok: true, value: 'fresh' } });
      await expect(pending).resolves.toEqual({ ok: true, value: 'fresh' });
      expect(heard).toEqual([{ fresh: true }]);
    });

    it('fails with a plain message when the fresh worker hangs too, and starts afresh next time', async () => {
      vi.useFakeTimers();
      const { client, workers } = setup();
      const pending = client.call(check('a'));
      await vi.advanceTimersByTimeAsync(60_000);
      await vi.advanceTimersByTimeAsync(60_000);
      await expect(pending).resolves.toMatchObject({ ok: false, error: { code: 'engine-failed', message: 'The checking engine stopped answering' } });
      expect(workers.map((w) => w.terminated)).toEqual([true, true]);
      expect(client.running).toBe(false);
      void client.call(check('b'));
      expect(workers).toHaveLength(3);
    });
  });
});

