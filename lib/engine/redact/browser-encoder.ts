import type { ImageEncoder, OutputType } from './types';

const MIME: Record<OutputType, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
const FROM_MIME: Record<string, OutputType> = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' };

/** A canvas that cannot write a type silently writes PNG; a 1×1 probe tells which. */
async function probeWebp(): Promise<boolean> {
  try {
    const blob = await new OffscreenCanvas(1, 1).convertToBlob({ type: 'image/webp' });
    return blob.type === 'image/webp';
  } catch {
    return false;
  }
}

/**
 * Browser encoder: putImageData on an OffscreenCanvas, then convertToBlob.
 * Canvas output carries no EXIF or thumbnail. WebP support is probed once.
 */
export function createBrowserEncoder(): ImageEncoder {
  let webp: Promise<boolean> | undefined;
  return {
    supports: async (type) => type !== 'webp' || (await (webp ??= probeWebp())),
    async encode(image, type, quality) {
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('2D canvas context unavailable');
      ctx.putImageData(new ImageData(new Uint8ClampedArray(image.data), image.width, image.height), 0, 0);
      const blob = await canvas.convertToBlob({ type: MIME[type], quality });
      return { bytes: new Uint8Array(await blob.arrayBuffer()), type: FROM_MIME[blob.type] ?? 'png' };
    },
  };
}
