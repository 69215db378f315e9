import sharp from 'sharp';
import type { RgbaImage } from '../image';
import type { ImageDecoder } from './types';

/**
 * Node decoder on sharp (libvips). `rotate()` with no angle applies the EXIF
 * orientation; `pages: 1` takes the first frame of an animation; `failOn: 'truncated'`
 * rejects cut-off files but tolerates the harmless warnings some cameras cause.
 */
export function createNodeDecoder(): ImageDecoder {
  return {
    async decode(bytes): Promise<RgbaImage> {
      const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const { data, info } = await sharp(input, { pages: 1, limitInputPixels: false, failOn: 'truncated' })
        .rotate()
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      if (info.channels !== 4) throw new Error(`expected RGBA, got ${info.channels} channels`);
      return { width: info.width, height: info.height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
    },
  };
}
