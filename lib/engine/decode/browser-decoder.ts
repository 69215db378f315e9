import type { RgbaImage } from '../image';
import type { ImageDecoder, ImageType } from './types';

const MIME: Record<ImageType, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

/**
 * Browser decoder: createImageBitmap with `imageOrientation: 'from-image'`
 * (EXIF orientation applied) → OffscreenCanvas → getImageData. Works in a
 * Chrome offscreen document, a Firefox background page and workers; animated
 * images give their first frame.
 */
export function createBrowserDecoder(): ImageDecoder {
  return {
    async decode(bytes, type): Promise<RgbaImage> {
      const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: MIME[type] });
      const bitmap = await createImageBitmap(blob, { imageOrientation: 'from-image', premultiplyAlpha: 'none', colorSpaceConversion: 'default' });
      try {
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        if (!ctx) throw new Error('2D canvas context unavailable');
        ctx.drawImage(bitmap, 0, 0);
        const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
        return { width, height, data };
      } finally {
        bitmap.close();
      }
    },
  };
}
