import { decodeImage } from '../decode/decode-image';
import type { DecodeLimits, ImageDecoder } from '../decode/types';
import type { TextDetectorRunner } from '../text/types';
import { redactImage } from './redact-image';
import type { ImageEncoder, RedactedFile, RedactionBox, RedactOptions } from './types';

/**
 * Decodes the original upload again and writes the redacted copy (see
 * redactImage). When `codecs` carries a text detector (an EngineRuntime does), the painted
 * copy is checked once more for text left at the edges of the paint. For the extension, where the pixels of the check are not kept
 * between the warning dialog and the user's choice.
 * @throws DecodeError for the same files checkImage reports as errors
 */
export async function redactFile(
  input: { bytes: Uint8Array; name: string },
  boxes: readonly RedactionBox[],
  codecs: { decode: ImageDecoder; encode: ImageEncoder; textDetector?: TextDetectorRunner },
  options: RedactOptions & { limits?: DecodeLimits } = {},
): Promise<RedactedFile> {
  const decoded = await decodeImage(input.bytes, codecs.decode, options.limits);
  const recheck = options.textDetector ?? codecs.textDetector;
  return redactImage(decoded, input.name, boxes, codecs.encode, { ...options, ...(recheck && { textDetector: recheck }) });
}
