import { afterEach, describe, expect, it, vi } from 'vitest';
import { JobQueue } from '../../../lib/engine-host/queue';

function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}

const LONG = 60_000;

afterEach(() => {
  vi.useRealTimers();
});

describe('the engine job queue', () => {
  it('runs one job at a time, in the order asked', async () => {
    const queue = new JobQueue();
    const log: string[] = [];
    const gate = deferred();
    const a = queue.run('a', async () => (log.push('a'), await gate.promise, 'A'), LONG);
    const b = queue.run('b', async () => (log.push('b'), 'B'), LONG);
    await vi.waitFor(() => expect(log).toEqual(['a']));
    gate.resolve();
    expect(await Promise.all([a, b])).toEqual(['A', 'B']);
    expect(log).toEqual(['a', 'b']);
  });

  it('cancels a running job: its caller hears AbortError at once, its signal is aborted, and the next job runs', async () => {
    const queue = new JobQueue();
    let seen: AbortSignal | undefined;
    const running = queue.run('r1', (signal) => ((seen = signal), new Promise<never>(() => undefined)), LONG);
    await vi.waitFor(() => expect(seen).toBeDefined());
    expect(queue.cancel('r1')).toBe(true);
    await expect(running).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen?.aborted).toBe(true);
    await expect(queue.run('r2', async () => 'next', LONG)).resolves.toBe('next');
  });

  it('cancels a queued job before it starts', async () => {
    const queue = new JobQueue();
    const gate = deferred();
    const started: string[] = [];
    const first = queue.run('r1', async () => (started.push('r1'), await gate.promise), LONG);
    const queued = queue.run('r2', async () => started.push('r2'), LONG);
    expect(queue.cancel('r2')).toBe(true);
    gate.resolve();
    await first;
    await expect(queued).rejects.toMatchObject({ name: 'AbortError' });
    expect(started).toEqual(['r1']);
    expect(queue.cancel('r2')).toBe(false);
  });

  it('stops a job that runs past its deadline with a TimeoutError', async () => {
    vi.useFakeTimers();
    const queue = new JobQueue();
    const stuck = queue.run('slow', () => new Promise<never>(() => undefined), 5_000);
    const outcome = expect(stuck).rejects.toMatchObject({ name: 'TimeoutError', message: 'The check took too long' });
    await vi.advanceTimersByTimeAsync(5_000);
    await outcome;
  });

  it('says when there was nothing to cancel, and forgets a job once it has finished', async () => {
    const queue = new JobQueue();
    expect(queue.cancel('unknown')).toBe(false);
    await queue.run('done', async () => 1, LONG);
    expect(queue.cancel('done')).toBe(false);
  });

  it('passes a job’s own failure to its caller and goes on', async () => {
    const queue = new JobQueue();
    await expect(queue.run('bad', async () => Promise.reject(new Error('model failed')), LONG)).rejects.toThrow('model failed');
    await expect(queue.run('good', async () => 'ok', LONG)).resolves.toBe('ok');
  });

  describe('with a preparation (loading the models)', () => {
    const loading = (run: () => Promise<void>, timeoutMs = 20_000) => ({ run, timeoutMs, timeoutMessage: 'The checking engine took too long to start' });

    it('starts the job’s clock only once the preparation is done', async () => {
      vi.useFakeTimers();
      const queue = new JobQueue();
      const loaded = deferred();
      const job = deferred<string>();
      let started = false;
      const run = queue.run('first', () => ((started = true), job.promise), 5_000, loading(() => loaded.promise));
      await vi.advanceTimersByTimeAsync(15_000); // a slow load, three times the job's own deadline
      expect(started).toBe(false);
      loaded.resolve();
      await vi.advanceTimersByTimeAsync(4_000);
      expect(started).toBe(true);
      job.resolve('checked');
      await expect(run).resolves.toBe('checked');
    });

    it('stops a preparation past its own deadline with its own message, and the job never starts', async () => {
      vi.useFakeTimers();
      const queue = new JobQueue();
      let started = false;
      const run = queue.run('stuck', async () => (started = true), 5_000, loading(() => new Promise<never>(() => undefined)));
      const outcome = expect(run).rejects.toMatchObject({ name: 'TimeoutError', message: 'The checking engine took too long to start' });
      await vi.advanceTimersByTimeAsync(20_000);
      await outcome;
      expect(started).toBe(false);
    });

    it('still stops the job at its deadline after a quick preparation', async () => {
      vi.useFakeTimers();
      const queue = new JobQueue();
      const run = queue.run('slow', () => new Promise<never>(() => undefined), 5_000, loading(async () => undefined));
      const outcome = expect(run).rejects.toMatchObject({ name: 'TimeoutError', message: 'The check took too long' });
      await vi.advanceTimersByTimeAsync(5_000);
      await outcome;
    });

    it('cancels a job while it is still preparing', async () => {
      const queue = new JobQueue();
      let started = false;
      const run = queue.run('r1', async () => (started = true), LONG, loading(() => new Promise<never>(() => undefined)));
      await Promise.resolve();
      expect(queue.cancel('r1')).toBe(true);
      await expect(run).rejects.toMatchObject({ name: 'AbortError' });
      expect(started).toBe(false);
    });
  });
});
