import sharp from 'sharp';
import type { ImageEncoder } from './types';

/**
 * Node encoder on sharp. sharp writes no metadata unless asked
 * (`withMetadata`), so the output carries pixels only.
 */
export function createNodeEncoder(): ImageEncoder {
  return {
    supports: async () => true,
    async encode(image, type, quality) {
      const raw = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
      const pipeline = sharp(raw, { raw: { width: image.width, height: image.height, channels: 4 } });
      const q = Math.round(Math.min(1, Math.max(0, quality)) * 100);
      const encoded =
        type === 'jpeg'
          ? pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: q })
          : type === 'webp'
            ? pipeline.webp({ quality: q })
            : pipeline.png();
      return { bytes: new Uint8Array(await encoded.toBuffer()), type };
    },
  };
}
