import type { SniffedType } from './types';

/** Why a file could not be decoded; `code` is stable, `message` is shown to the user. */
export type DecodeErrorCode = 'unsupported-type' | 'too-many-bytes' | 'too-many-pixels' | 'empty' | 'corrupt';

/** A file the engine will not or cannot check. The message is plain English for the person posting. */
export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly code: DecodeErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const EXPORT_HINT = 'Export it as a JPEG or PNG image and attach it again.';

const UNSUPPORTED: Partial<Record<SniffedType, string>> = {
  heic: "HEIC photos can't be checked yet. Export the photo as JPEG and attach it again.",
  avif: `This AVIF image can't be read on this device. ${EXPORT_HINT}`,
  video: "Videos can't be checked. Post a still image instead, or check every frame yourself before posting.",
  pdf: `PDF files can't be checked. ${EXPORT_HINT}`,
  svg: `SVG drawings can't be checked. ${EXPORT_HINT}`,
  dicom: "DICOM files can't be checked and usually carry patient details in their headers. Export an anonymised JPEG or PNG from your viewer instead.",
  bmp: `BMP images can't be checked yet. ${EXPORT_HINT}`,
  tiff: `TIFF images can't be checked yet. ${EXPORT_HINT}`,
  unknown: `This file isn't an image type that can be checked (JPEG, PNG, GIF or WebP). ${EXPORT_HINT}`,
};

/** The error for a type the engine does not decode. */
export function unsupportedType(type: SniffedType): DecodeError {
  return new DecodeError('unsupported-type', UNSUPPORTED[type] ?? UNSUPPORTED.unknown ?? EXPORT_HINT);
}

const mb = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
const mp = (pixels: number): string => `${Math.round(pixels / 100_000) / 10} megapixels`;

/** The error for a file larger than `maxBytes`. */
export function tooManyBytes(length: number, maxBytes: number): DecodeError {
  return new DecodeError(
    'too-many-bytes',
    `This file is ${mb(length)}, larger than the ${mb(maxBytes)} that can be checked. Save a smaller copy and attach it again.`,
  );
}

/** The error for an image with more than `maxPixels` pixels. */
export function tooManyPixels(width: number, height: number, maxPixels: number): DecodeError {
  return new DecodeError(
    'too-many-pixels',
    `This image is ${width} × ${height} pixels (${mp(width * height)}), more than the ${mp(maxPixels)} that can be checked. Save a smaller copy and attach it again.`,
  );
}

/** The error for a file that looks like an image but cannot be read. */
export function corrupt(type: SniffedType): DecodeError {
  const name = type === 'jpeg' ? 'JPEG' : type.toUpperCase();
  return new DecodeError('corrupt', `This ${name} file is damaged or incomplete and can't be read. Save it again and attach the new copy.`);
}

/** The error for a zero-length file. */
export function emptyFile(): DecodeError {
  return new DecodeError('empty', 'This file is empty. Attach the image again.');
}
