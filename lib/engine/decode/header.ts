import type { ImageType } from './types';

/** Dimensions and frame count read from a file's header, without decoding pixels. */
export interface ImageHeader {
  width: number;
  height: number;
  /** More than 1 when the file is animated. */
  frames: number;
}

const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0);
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, i: number) => u16be(b, i) * 65536 + u16be(b, i + 2);
const u32le = (b: Uint8Array, i: number) => u16le(b, i) + u16le(b, i + 2) * 65536;
const tag = (b: Uint8Array, i: number) => String.fromCharCode(...b.subarray(i, i + 4));

function png(b: Uint8Array): ImageHeader | undefined {
  if (tag(b, 12) !== 'IHDR') return undefined;
  let frames = 1;
  for (let i = 8; i + 8 <= b.length; ) {
    const length = u32be(b, i);
    const type = tag(b, i + 4);
    if (type === 'acTL') frames = Math.max(1, u32be(b, i + 8));
    if (type === 'IDAT' || type === 'IEND') break;
    i += 12 + length;
  }
  return { width: u32be(b, 16), height: u32be(b, 20), frames };
}

function jpeg(b: Uint8Array): ImageHeader | undefined {
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1] ?? 0;
    if (marker === 0xff) { i += 1; continue; }
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) return { height: u16be(b, i + 5), width: u16be(b, i + 7), frames: 1 };
    if (marker === 0xd9 || marker === 0xda) return undefined;
    i += 2 + u16be(b, i + 2);
  }
  return undefined;
}

/** Walks GIF blocks to count image descriptors (frames). */
function gif(b: Uint8Array): ImageHeader {
  const packed = b[10] ?? 0;
  let i = 13 + (packed & 0x80 ? 3 * 2 ** ((packed & 7) + 1) : 0);
  let frames = 0;
  const skipSubBlocks = () => {
    while (i < b.length && b[i] !== 0) i += (b[i] ?? 0) + 1;
    i += 1;
  };
  while (i < b.length) {
    const id = b[i];
    if (id === 0x21) { i += 2; skipSubBlocks(); }
    else if (id === 0x2c) {
      frames += 1;
      const local = b[i + 9] ?? 0;
      i += 10 + (local & 0x80 ? 3 * 2 ** ((local & 7) + 1) : 0) + 1;
      skipSubBlocks();
    } else break;
  }
  return { width: u16le(b, 6), height: u16le(b, 8), frames: Math.max(frames, 1) };
}

function webp(b: Uint8Array): ImageHeader | undefined {
  const first = tag(b, 12);
  if (first === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff, frames: 1 };
  if (first === 'VP8L') {
    const bits = u32le(b, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, frames: 1 };
  }
  if (first !== 'VP8X') return undefined;
  let frames = 0;
  for (let i = 12; i + 8 <= b.length; ) {
    if (tag(b, i) === 'ANMF') frames += 1;
    i += 8 + u32le(b, i + 4) + (u32le(b, i + 4) & 1);
  }
  return { width: u24le(b, 24) + 1, height: u24le(b, 27) + 1, frames: Math.max(frames, 1) };
}

/** AVIF: the first `ispe` (image spatial extents) property; `avis` brand means an image sequence. */
function avif(b: Uint8Array): ImageHeader | undefined {
  const end = Math.min(b.length - 16, 1 << 16);
  for (let i = 4; i < end; i++) {
    if (b[i] === 0x69 && tag(b, i) === 'ispe') {
      const frames = tag(b, 8) === 'avis' ? 2 : 1;
      return { width: u32be(b, i + 8), height: u32be(b, i + 12), frames };
    }
  }
  return undefined;
}

/** Reads width, height and frame count from the header, or undefined when the header is unreadable. */
export function readHeader(bytes: Uint8Array, type: ImageType): ImageHeader | undefined {
  const readers = { png, jpeg, gif, webp, avif } as const;
  const header = readers[type](bytes);
  return header && header.width > 0 && header.height > 0 ? header : undefined;
}
