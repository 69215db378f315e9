import exifr from 'exifr';
import { describe, expect, it } from 'vitest';
import { decodeImage, sniffType } from '../../../lib/engine/decode';
import { createNodeDecoder } from '../../../lib/engine/decode/node-decoder';
import type { RgbaImage } from '../../../lib/engine/image';
import { redactedName, redactImage, redactPixels } from '../../../lib/engine/redact';
import { createNodeEncoder } from '../../../lib/engine/redact/node-encoder';
import { animated, orientedJpeg, pixel, solid } from '../decode/fixtures';

const decoder = createNodeDecoder();
const encoder = createNodeEncoder();

function grey(width: number, height: number): RgbaImage {
  return { width, height, data: new Uint8ClampedArray(width * height * 4).fill(128) };
}

describe('redactPixels', () => {
  it('fills boxes (plus the margin) with black and leaves the rest alone', () => {
    const out = redactPixels(grey(100, 100), [[20, 20, 10, 10]], { marginPx: 2 });
    for (const [x, y] of [[18, 18], [25, 25], [31, 31]] as const) expect(pixel(out, x, y)).toEqual([0, 0, 0, 255]);
    for (const [x, y] of [[17, 25], [32, 25], [50, 50]] as const) expect(pixel(out, x, y)).toEqual([128, 128, 128, 128]);
  });

  it('does not modify its input', () => {
    const input = grey(10, 10);
    redactPixels(input, [[0, 0, 10, 10]]);
    expect(pixel(input, 5, 5)).toEqual([128, 128, 128, 128]);
  });

  it('gives faces a wider margin and can pixelate them', () => {
    const img = grey(100, 100);
    for (let i = 0; i < img.data.length; i += 4) img.data[i] = (i / 4) % 100;
    const filled = redactPixels(img, [{ box: [40, 40, 20, 20], kind: 'face' }], { marginPx: 0 });
    expect(pixel(filled, 37, 50)).toEqual([0, 0, 0, 255]);
    const pixelated = redactPixels(img, [{ box: [40, 40, 20, 20], kind: 'face' }], { marginPx: 0, faceStyle: 'pixelate' });
    expect(pixel(pixelated, 45, 45)).toEqual(pixel(pixelated, 46, 46));
    expect(pixel(pixelated, 45, 45)[0]).not.toBe(0);
  });

  it('clips boxes that run off the image', () => {
    const out = redactPixels(grey(10, 10), [[-5, 8, 50, 50]], { marginPx: 0 });
    expect(pixel(out, 0, 9)).toEqual([0, 0, 0, 255]);
    expect(pixel(out, 0, 7)).toEqual([128, 128, 128, 128]);
  });
});

describe('redactImage', () => {
  it('re-encodes a JPEG with no EXIF left, keeping the type and covering the box', async () => {
    const original = await solid(64, 48, '#ffffff').withExif({ IFD0: { Artist: 'Dr A Example' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 0/1 0/1' } }).jpeg().toBuffer();
    expect(await exifr.parse(original)).toBeDefined();
    const decoded = await decodeImage(new Uint8Array(original), decoder);
    const copy = await redactImage(decoded, 'scans/IMG_0001.JPG', [[10, 10, 20, 10]], encoder);
    expect([copy.type, copy.mimeType, copy.name, sniffType(copy.bytes)]).toEqual(['jpeg', 'image/jpeg', 'IMG_0001-redacted.JPG', 'jpeg']);
    expect(await exifr.parse(copy.bytes, { tiff: true, xmp: true, iptc: true })).toBeUndefined();
    const back = await decodeImage(copy.bytes, decoder);
    expect(pixel(back.image, 20, 15)[0]).toBeLessThan(30);
    expect(pixel(back.image, 50, 40)[0]).toBeGreaterThan(225);
  });

  it.each([
    ['png', () => solid(16, 16).png().toBuffer(), 'png', 'a-redacted.png'],
    ['webp', () => solid(16, 16).webp().toBuffer(), 'webp', 'a-redacted.webp'],
    ['gif', () => animated('gif'), 'png', 'a-redacted.png'],
  ] as const)('writes %s input as %s', async (_input, make, type, name) => {
    const decoded = await decodeImage(new Uint8Array(await make()), decoder);
    const copy = await redactImage(decoded, `a.${_input}`, [], encoder);
    expect([copy.type, copy.name, sniffType(copy.bytes)]).toEqual([type, name, type]);
  });

  it('keeps the oriented layout: a box in oriented space lands on the same displayed pixels', async () => {
    const decoded = await decodeImage(new Uint8Array(await orientedJpeg()), decoder);
    const copy = await redactImage(decoded, 'o.jpg', [[0, 30, 20, 10]], encoder, { marginPx: 0 });
    const back = await decodeImage(copy.bytes, decoder);
    expect([back.image.width, back.image.height]).toEqual([20, 40]);
    expect(pixel(back.image, 10, 35)[0]).toBeLessThan(30);
    expect(pixel(back.image, 17, 2)[0]).toBeGreaterThan(200);
  });
});

describe('redactedName', () => {
  it.each([
    ['photo.jpeg', 'jpeg', 'photo-redacted.jpeg'],
    ['C:\\x\\scan.png', 'png', 'scan-redacted.png'],
    ['clip.gif', 'png', 'clip-redacted.png'],
    ['noext', 'jpeg', 'noext-redacted.jpg'],
    ['pic.avif', 'jpeg', 'pic-redacted.jpg'],
  ] as const)('%s as %s → %s', (name, type, expected) => {
    expect(redactedName(name, type)).toBe(expected);
  });
});
