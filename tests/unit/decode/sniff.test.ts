import { describe, expect, it } from 'vitest';
import { sniffType } from '../../../lib/engine/decode';
import { animated, MAGIC, solid } from './fixtures';

describe('sniffType', () => {
  it.each([
    ['jpeg', () => solid(4, 4).jpeg().toBuffer()],
    ['png', () => solid(4, 4).png().toBuffer()],
    ['webp', () => solid(4, 4).webp().toBuffer()],
    ['avif', () => solid(4, 4).avif().toBuffer()],
    ['gif', () => animated('gif')],
  ])('recognises real %s files', async (type, make) => {
    expect(sniffType(new Uint8Array(await make()))).toBe(type);
  });

  it.each([
    ['heic', MAGIC.heic],
    ['video', MAGIC.mp4],
    ['video', MAGIC.mov],
    ['video', MAGIC.webm],
    ['pdf', MAGIC.pdf],
    ['svg', MAGIC.svg],
    ['dicom', MAGIC.dicom],
    ['unknown', MAGIC.unknown],
    ['unknown', Buffer.alloc(0)],
  ])('calls magic bytes %s', (type, bytes) => {
    expect(sniffType(new Uint8Array(bytes))).toBe(type);
  });
});
