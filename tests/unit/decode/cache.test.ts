import { afterEach, describe, expect, it, vi } from 'vitest';
import { cachingDecoder } from '../../../lib/engine/decode/cache';
import type { ImageDecoder } from '../../../lib/engine/decode/types';

function counting(): ImageDecoder & { calls: number } {
  return {
    calls: 0,
    async decode(bytes) {
      this.calls++;
      return { width: 1, height: 1, data: new Uint8ClampedArray([bytes[0] ?? 0, 0, 0, 255]) };
    },
  };
}

afterEach(() => vi.useRealTimers());

describe('cachingDecoder', () => {
  it('decodes the same bytes once, even from a different buffer', async () => {
    const inner = counting();
    const d = cachingDecoder(inner);
    const a = await d.decode(Uint8Array.from([1, 2, 3]), 'png');
    const b = await d.decode(Uint8Array.from([1, 2, 3]), 'png');
    expect(b).toBe(a);
    expect(inner.calls).toBe(1);
  });

  it('never hands one file the pixels of another of the same length', async () => {
    const inner = counting();
    const d = cachingDecoder(inner);
    await d.decode(Uint8Array.from([1, 2, 3]), 'png');
    const other = await d.decode(Uint8Array.from([9, 2, 3]), 'png');
    expect(other.data[0]).toBe(9);
    expect(inner.calls).toBe(2);
  });

  it('is not fooled by the caller changing its buffer afterwards, and forgets after keepMs', async () => {
    vi.useFakeTimers();
    const inner = counting();
    const d = cachingDecoder(inner, { keepMs: 1000 });
    const bytes = Uint8Array.from([1, 2, 3]);
    await d.decode(bytes, 'png');
    bytes[0] = 7;
    expect((await d.decode(bytes, 'png')).data[0]).toBe(7);
    vi.advanceTimersByTime(1001);
    await d.decode(bytes, 'png');
    expect(inner.calls).toBe(3);
  });

  it('does not keep a failed decode', async () => {
    let fail = true;
    const d = cachingDecoder({ decode: async () => { if (fail) throw new Error('bad'); return { width: 1, height: 1, data: new Uint8ClampedArray(4) }; } });
    await expect(d.decode(Uint8Array.from([1]), 'png')).rejects.toThrow('bad');
    fail = false;
    await expect(d.decode(Uint8Array.from([1]), 'png')).resolves.toMatchObject({ width: 1 });
  });
});
