import type { DecodeLimits } from './decode/types';
import type { FaceDetectionOptions } from './faces/options';
import type { FindTextOptions } from './text/find-text';

/** Options for checkImage. Every field is optional. */
export interface CheckOptions {
  /** Look for faces. Default true. */
  faces?: boolean;
  /** Look for burned-in text and identifiers. Default true. */
  text?: boolean;
  /** Report identifying metadata (EXIF, XMP, IPTC, PNG text). Default true. */
  metadata?: boolean;
  /** Trust-specific hospital number formats as regular expression sources (case-insensitive). Default none. */
  hospitalNumberPatterns?: string[];
  /** File size and pixel limits. Default 50 MB and 50 megapixels. */
  limits?: DecodeLimits;
  /** Face detector tuning; defaults in DEFAULT_FACE_OPTIONS (minScore 0.55). */
  faceOptions?: FaceDetectionOptions;
  /** Text finder tuning; defaults documented on FindTextOptions. */
  textOptions?: Omit<FindTextOptions, 'timings'>;
  /** "Today" for two-digit years and ages. Default the current date. */
  now?: Date;
}
