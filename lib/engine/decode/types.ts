import type { RgbaImage } from '../image';

/** What the first bytes of a file say it is. The name and the claimed MIME type are never trusted. */
export type SniffedType =
  | 'jpeg'
  | 'png'
  | 'gif'
  | 'webp'
  | 'avif'
  | 'bmp'
  | 'tiff'
  | 'heic'
  | 'video'
  | 'pdf'
  | 'svg'
  | 'dicom'
  | 'unknown';

/** The raster types the engine decodes. */
export type ImageType = 'jpeg' | 'png' | 'gif' | 'webp' | 'avif';

/** A decoder for one platform (sharp in Node, createImageBitmap in the browser). */
export interface ImageDecoder {
  /**
   * Decodes the first frame to RGBA with EXIF orientation applied, so pixel
   * (0, 0) is the top-left corner a viewer shows. Rejects on corrupt data.
   */
  decode(bytes: Uint8Array, type: ImageType): Promise<RgbaImage>;
}

/** A decoded upload and the facts about its container the report needs. */
export interface DecodedImage {
  type: ImageType;
  image: RgbaImage;
  /** Frame count when the file is animated (GIF, APNG, animated WebP/AVIF); only frame 1 was decoded. */
  frames?: number;
}

/** Size limits checked before any pixels are allocated. */
export interface DecodeLimits {
  /** Largest file accepted, in bytes. Default 50 MB (50 × 1024 × 1024). */
  maxBytes?: number;
  /** Largest image accepted, in pixels (width × height). Default 50 megapixels (50 000 000). */
  maxPixels?: number;
}
