import type { DecodedImage } from '../decode/types';
import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { chooseOutputType, OUTPUT_MIME, redactedName } from './output-name';
import { paintBox } from './paint';
import { coverResidue } from './recheck';
import type { ImageEncoder, RedactedFile, RedactionBox, RedactOptions } from './types';

/** A painted copy and which pixels were painted (1 per pixel, row-major). */
export interface Painted {
  image: RgbaImage;
  mask: Uint8Array;
}

/**
 * A painted copy of `image`: every box covered, then, when `options.textDetector` is given, any
 * text the detector still finds touching the paint covered too. The input is not modified.
 */
export async function redactAndRecheck(image: RgbaImage, boxes: readonly RedactionBox[], options: RedactOptions = {}): Promise<Painted> {
  const out: RgbaImage = { width: image.width, height: image.height, data: new Uint8ClampedArray(image.data) };
  const mask = new Uint8Array(image.width * image.height);
  for (const item of boxes) paintBox(out, item, options, mask);
  if (options.textDetector) await coverResidue(out, mask, options.textDetector, options);
  return { image: out, mask };
}

/** The painted pixels as one box per run of painted pixels in a row (for measuring coverage). */
export function paintedRuns(mask: Uint8Array, width: number): Box[] {
  const runs: Box[] = [];
  for (let start = 0; start < mask.length; ) {
    if (!mask[start]) {
      start++;
      continue;
    }
    const y = Math.floor(start / width);
    let end = start;
    while (end < mask.length && mask[end] && Math.floor(end / width) === y) end++;
    runs.push([start - y * width, y, end - start, 1]);
    start = end;
  }
  return runs;
}

/** Encodes painted pixels as the output type for `decoded`'s input type. */
export async function encodeRedacted(decoded: DecodedImage, name: string, pixels: RgbaImage, encoder: ImageEncoder, options: RedactOptions = {}): Promise<RedactedFile> {
  const wanted = await chooseOutputType(decoded.type, encoder);
  const { bytes, type } = await encoder.encode(pixels, wanted, options.quality ?? 0.92);
  return { bytes, type, mimeType: OUTPUT_MIME[type], name: redactedName(name, type, options.suffix) };
}

/**
 * Covers the boxes, checks the painted copy once more when `options.textDetector` is given,
 * and re-encodes from pixels, so no metadata, embedded thumbnail or later animation frame
 * survives. The pixels are already in EXIF-oriented space, so the copy displays the same way
 * without an orientation tag. `boxes` is the final list (report boxes plus the user's
 * additions, minus the ones they removed).
 */
export async function redactImage(
  decoded: DecodedImage,
  name: string,
  boxes: readonly RedactionBox[],
  encoder: ImageEncoder,
  options: RedactOptions = {},
): Promise<RedactedFile> {
  const { image } = await redactAndRecheck(decoded.image, boxes, options);
  return encodeRedacted(decoded, name, image, encoder, options);
}
