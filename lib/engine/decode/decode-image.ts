import { corrupt, DecodeError, emptyFile, tooManyBytes, tooManyPixels, unsupportedType } from './errors';
import { readHeader } from './header';
import { resolveLimits } from './limits';
import { sniffType } from './sniff';
import type { DecodedImage, DecodeLimits, ImageDecoder, ImageType } from './types';

const DECODABLE: ReadonlySet<string> = new Set<ImageType>(['jpeg', 'png', 'gif', 'webp', 'avif']);

/** The input's length, which may be a view of a larger (or sparse) buffer. */
interface Sized {
  readonly byteLength: number;
}

/**
 * Rejects a file before decoding when it is too large. Separate from
 * {@link decodeImage} so a caller holding only a length (a File) can check first.
 * @throws DecodeError `too-many-bytes` or `empty`
 */
export function checkByteLimit(input: Sized, limits: DecodeLimits = {}): void {
  const { maxBytes } = resolveLimits(limits);
  if (input.byteLength === 0) throw emptyFile();
  if (input.byteLength > maxBytes) throw tooManyBytes(input.byteLength, maxBytes);
}

/**
 * Sniffs the type from magic bytes, enforces the byte and pixel limits
 * (defaults 50 MB and 50 megapixels) and decodes the first frame with EXIF
 * orientation applied.
 * @throws DecodeError with a plain-English message for unsupported, oversized or damaged files
 */
export async function decodeImage(bytes: Uint8Array, decoder: ImageDecoder, limits: DecodeLimits = {}): Promise<DecodedImage> {
  checkByteLimit(bytes, limits);
  const { maxPixels } = resolveLimits(limits);
  const sniffed = sniffType(bytes);
  if (!DECODABLE.has(sniffed)) throw unsupportedType(sniffed);
  const type = sniffed as ImageType;

  const header = readHeader(bytes, type);
  if (header && header.width * header.height > maxPixels) throw tooManyPixels(header.width, header.height, maxPixels);
  if (!header && type !== 'avif') throw corrupt(type);

  let image;
  try {
    image = await decoder.decode(bytes, type);
  } catch (cause) {
    if (cause instanceof DecodeError) throw cause;
    throw type === 'avif' ? unsupportedType('avif') : corrupt(type);
  }
  if (image.width * image.height > maxPixels) throw tooManyPixels(image.width, image.height, maxPixels);
  const frames = header?.frames ?? 1;
  return frames > 1 ? { type, image, frames } : { type, image };
}
