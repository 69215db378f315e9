import { describe, expect, it } from 'vitest';
import { checkByteLimit, decodeImage, DecodeError } from '../../../lib/engine/decode';
import { createNodeDecoder } from '../../../lib/engine/decode/node-decoder';
import { animated, MAGIC, noisyJpeg, orientedJpeg, pixel, pngChunk, solid, withPngChunks } from './fixtures';

const decoder = createNodeDecoder();
const decode = (bytes: Uint8Array | Buffer, limits = {}) => decodeImage(new Uint8Array(bytes), decoder, limits);

async function decodeError(promise: Promise<unknown>): Promise<DecodeError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DecodeError);
  return error as DecodeError;
}

describe('decodeImage', () => {
  it('decodes a JPEG to RGBA', async () => {
    const { type, image } = await decode(await solid(12, 7, '#ff0000').jpeg().toBuffer());
    expect([type, image.width, image.height, image.data.length]).toEqual(['jpeg', 12, 7, 12 * 7 * 4]);
    expect(pixel(image, 5, 3)[0]).toBeGreaterThan(240);
  });

  it('rejects a corrupt JPEG in plain English', async () => {
    const good = await noisyJpeg();
    const err = await decodeError(decode(good.subarray(0, good.length >> 1)));
    expect(err.code).toBe('corrupt');
    expect(err.message).toMatch(/damaged or incomplete/);
    const scrambled = Buffer.from(good);
    scrambled.fill(0x55, 3, 200);
    expect((await decodeError(decode(scrambled))).code).toBe('corrupt');
  });

  it('rejects a 200 MB file from its length alone', async () => {
    const small = new Uint8Array(await solid(4, 4).jpeg().toBuffer());
    Object.defineProperty(small, 'byteLength', { value: 200 * 1024 * 1024 });
    const err = await decodeError(decodeImage(small, decoder));
    expect(err.code).toBe('too-many-bytes');
    expect(err.message).toContain('200 MB');
    expect(() => checkByteLimit({ byteLength: 200 * 1024 * 1024 }, { maxBytes: 300 * 1024 * 1024 })).not.toThrow();
  });

  it('rejects too many pixels from the header, before decoding', async () => {
    const png = await solid(4, 4).png().toBuffer();
    const huge = Buffer.from(png);
    huge.writeUInt32BE(10_000, 16);
    huge.writeUInt32BE(10_000, 20);
    const err = await decodeError(decode(huge));
    expect(err.code).toBe('too-many-pixels');
    expect(err.message).toContain('10000 × 10000');
    expect((await decodeError(decode(png, { maxPixels: 15 }))).code).toBe('too-many-pixels');
  });

  it.each([
    ['heic', "HEIC photos can't be checked yet. Export the photo as JPEG and attach it again."],
    ['mp4', /Videos can't be checked/],
    ['mov', /Videos can't be checked/],
    ['webm', /Videos can't be checked/],
    ['pdf', /PDF files can't be checked/],
    ['svg', /SVG drawings can't be checked/],
    ['dicom', /DICOM files can't be checked/],
    ['unknown', /isn't an image type that can be checked/],
  ] as const)('refuses %s with a plain message', async (kind, message) => {
    const err = await decodeError(decode(MAGIC[kind]));
    expect(err.code).toBe('unsupported-type');
    expect(err.message).toMatch(message);
  });

  it('trusts bytes, not the claimed type: a PNG named .jpg is a PNG', async () => {
    expect((await decode(await solid(3, 3).png().toBuffer())).type).toBe('png');
  });

  it.each(['gif', 'webp'] as const)('decodes the first frame of an animated %s and counts frames', async (format) => {
    const { image, frames } = await decode(await animated(format));
    expect([image.width, image.height, frames]).toEqual([8, 6, 3]);
    const [r, g, b] = pixel(image, 4, 3);
    expect(r).toBeGreaterThan(200);
    expect((g ?? 0) + (b ?? 0)).toBeLessThan(60);
  });

  it('counts APNG frames from acTL', async () => {
    const actl = new Uint8Array([0, 0, 0, 4, 0, 0, 0, 0]);
    const apng = withPngChunks(await solid(5, 5).png().toBuffer(), [pngChunk('acTL', actl)]);
    expect((await decode(apng)).frames).toBe(4);
  });

  it('applies EXIF orientation 6: 40×20 stored becomes 20×40, red corner moves to the top right', async () => {
    const { image } = await decode(await orientedJpeg());
    expect([image.width, image.height]).toEqual([20, 40]);
    expect(pixel(image, 17, 2)[0]).toBeGreaterThan(200);
    expect(pixel(image, 2, 2)[0]).toBeLessThan(160);
  });
});
