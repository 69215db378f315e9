import type { ImageType } from '../decode/types';
import type { ImageEncoder, OutputType } from './types';

/** MIME type of each output type. */
export const OUTPUT_MIME: Record<OutputType, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/**
 * The type to write: the input's own when sites accept it (JPEG, PNG, WebP if
 * this platform can encode it, else PNG, which is lossless); GIF becomes PNG
 * (first frame only) and AVIF becomes JPEG.
 */
export async function chooseOutputType(input: ImageType, encoder: ImageEncoder): Promise<OutputType> {
  if (input === 'jpeg' || input === 'avif') return 'jpeg';
  if (input === 'webp' && (await encoder.supports('webp'))) return 'webp';
  return 'png';
}

/**
 * "scans/IMG_0001.JPG" → "IMG_0001-redacted.JPG"; "clip.gif" → "clip-redacted.png".
 * Directories are dropped; a JPEG keeps its own .jpg/.jpeg spelling.
 */
export function redactedName(original: string, type: OutputType, suffix = '-redacted'): string {
  const base = original.split(/[\\/]/).pop() || 'image';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot + 1) : '';
  const keep = type === 'jpeg' ? /^jpe?g$/i.test(ext) : ext.toLowerCase() === type;
  return `${stem}${suffix}.${keep ? ext : type === 'jpeg' ? 'jpg' : type}`;
}
