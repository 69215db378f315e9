import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { fromBase64, fromWire, isArrayBuffer, toBase64, toWire } from '../../../lib/wire/bytes';

describe('image bytes on the wire', () => {
  it('accepts an ArrayBuffer from another realm (Firefox hands extension pages such buffers)', () => {
    const foreign = runInNewContext('new Uint8Array([1, 2, 3]).buffer') as ArrayBuffer;
    expect(foreign instanceof ArrayBuffer).toBe(false);
    expect(isArrayBuffer(foreign)).toBe(true);
    expect([...new Uint8Array(fromWire(foreign))]).toEqual([1, 2, 3]);
  });

  it('falls back to base64 where messaging drops ArrayBuffers, and back again byte for byte', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    const wire = toWire(bytes.buffer, false);
    expect(wire).toEqual({ base64: toBase64(bytes) });
    expect(new Uint8Array(fromWire(wire))).toEqual(bytes);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });

  it('says so when the bytes were lost in transit (Chrome turns an ArrayBuffer into {})', () => {
    expect(() => fromWire({} as never)).toThrow(/lost in transit/);
    expect(isArrayBuffer(new Uint8Array(2))).toBe(false);
  });
});
