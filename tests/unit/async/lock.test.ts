import { describe, expect, it } from 'vitest';
import { createLock } from '../../../lib/async/lock';

/** A promise the test settles by hand. */
function deferred<T = void>() {
  let resolve!: (value: T) => void, reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('createLock', () => {
  it('runs work one piece at a time, in call order', async () => {
    const lock = createLock();
    const log: string[] = [];
    const first = deferred();
    const a = lock(async () => (log.push('a starts'), await first.promise, log.push('a ends'), 'a'));
    const b = lock(async () => (log.push('b runs'), 'b'));
    await Promise.resolve();
    await Promise.resolve();
    expect(log).toEqual(['a starts']);
    first.resolve();
    expect(await Promise.all([a, b])).toEqual(['a', 'b']);
    expect(log).toEqual(['a starts', 'a ends', 'b runs']);
  });

  it('gives each caller its own failure and goes on with the next piece', async () => {
    const lock = createLock();
    const failed = lock(async () => {
      throw new Error('first failed');
    });
    const next = lock(async () => 'second ran');
    await expect(failed).rejects.toThrow('first failed');
    await expect(next).resolves.toBe('second ran');
  });

  it('keeps separate locks independent', async () => {
    const one = createLock(), two = createLock();
    const held = deferred();
    void one(() => held.promise);
    await expect(two(async () => 'not blocked')).resolves.toBe('not blocked');
    held.resolve();
  });
});
