import type { RgbaImage } from '../image';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(bytes: Uint8Array, start: number, end: number): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * Encodes `img` as an 8-bit greyscale PNG (luma) with uncompressed deflate
 * blocks. Tesseract.js takes encoded images, not raw pixels, and this works the
 * same in Node, workers and extension pages without a canvas.
 */
export function encodeGreyPng(img: RgbaImage): Uint8Array {
  const { width, height, data } = img;
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      raw[y * (width + 1) + 1 + x] = Math.round(0.299 * data[p]! + 0.587 * data[p + 1]! + 0.114 * data[p + 2]!);
    }
  }
  const blocks = Math.max(1, Math.ceil(raw.length / 65535));
  const zlibLength = 2 + blocks * 5 + raw.length + 4;
  const out = new Uint8Array(8 + 25 + 12 + zlibLength + 12);
  const view = new DataView(out.buffer);
  out.set([137, 80, 78, 71, 13, 10, 26, 10]);
  let o = 8;
  const chunk = (type: string, length: number, fill: (at: number) => void): void => {
    view.setUint32(o, length);
    for (let i = 0; i < 4; i++) out[o + 4 + i] = type.charCodeAt(i);
    fill(o + 8);
    view.setUint32(o + 8 + length, crc32(out, o + 4, o + 8 + length));
    o += 12 + length;
  };
  chunk('IHDR', 13, (at) => {
    view.setUint32(at, width);
    view.setUint32(at + 4, height);
    out.set([8, 0, 0, 0, 0], at + 8);
  });
  chunk('IDAT', zlibLength, (at) => {
    out[at] = 0x78;
    out[at + 1] = 0x01;
    let p = at + 2;
    let a = 1;
    let b = 0;
    for (let i = 0; i < blocks; i++) {
      const part = raw.subarray(i * 65535, Math.min(raw.length, (i + 1) * 65535));
      out[p] = i === blocks - 1 ? 1 : 0;
      view.setUint16(p + 1, part.length, true);
      view.setUint16(p + 3, ~part.length & 0xffff, true);
      out.set(part, p + 5);
      p += 5 + part.length;
      for (let k = 0; k < part.length; k++) {
        a = (a + part[k]!) % 65521;
        b = (b + a) % 65521;
      }
    }
    view.setUint32(p, ((b << 16) | a) >>> 0);
  });
  chunk('IEND', 0, () => undefined);
  return out;
}
