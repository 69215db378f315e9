import type { DecodedImage } from '../decode/types';
import { chooseOutputType, OUTPUT_MIME, redactedName } from './output-name';
import { redactPixels } from './paint';
import type { ImageEncoder, RedactedFile, RedactionBox, RedactOptions } from './types';

/**
 * Covers the boxes and re-encodes from pixels, so no metadata, embedded
 * thumbnail or later animation frame survives. The pixels are already in
 * EXIF-oriented space, so the copy displays the same way without an
 * orientation tag. `boxes` is the final list (report boxes plus the user's
 * additions, minus the ones they removed).
 */
export async function redactImage(
  decoded: DecodedImage,
  name: string,
  boxes: readonly RedactionBox[],
  encoder: ImageEncoder,
  options: RedactOptions = {},
): Promise<RedactedFile> {
  const pixels = redactPixels(decoded.image, boxes, options);
  const wanted = await chooseOutputType(decoded.type, encoder);
  const { bytes, type } = await encoder.encode(pixels, wanted, options.quality ?? 0.92);
  return { bytes, type, mimeType: OUTPUT_MIME[type], name: redactedName(name, type, options.suffix) };
}
