import type { RgbaImage } from '../image';
import type { Box } from '../report';

/** The types a redacted copy can be written as. */
export type OutputType = 'jpeg' | 'png' | 'webp';

/** An encoder for one platform (sharp in Node, OffscreenCanvas in the browser). */
export interface ImageEncoder {
  /** Whether `type` can be written here (a browser may lack a WebP encoder). */
  supports(type: OutputType): Promise<boolean>;
  /**
   * Encodes pixels only: no metadata, no thumbnail, no colour profile.
   * Resolves with the type actually written, which may differ if the platform fell back.
   */
  encode(image: RgbaImage, type: OutputType, quality: number): Promise<{ bytes: Uint8Array; type: OutputType }>;
}

/** What a box covers; faces can be pixelated instead of filled and get a wider margin. */
export type RedactionKind = 'face' | 'text';

/** A box to cover. A bare Box counts as text. */
export type RedactionBox = Box | { box: Box; kind: RedactionKind };

/** Options for {@link redactPixels} and redactImage. */
export interface RedactOptions {
  /** Fill colour, RGB 0–255. Default black [0, 0, 0]. */
  colour?: [number, number, number];
  /** Extra pixels added on every side of every box. Default 4. */
  marginPx?: number;
  /** Extra margin on every side of a face box, as a fraction of its width/height (hair, ears, jaw). Default 0.15. */
  faceMarginRatio?: number;
  /** 'fill' paints faces solid; 'pixelate' replaces them with at most 6 blocks across. Default 'fill'. */
  faceStyle?: 'fill' | 'pixelate';
  /** JPEG/WebP quality, 0–1. Default 0.92. */
  quality?: number;
  /** Suffix added to the base name. Default "-redacted". */
  suffix?: string;
}

/** A freshly encoded redacted copy. */
export interface RedactedFile {
  bytes: Uint8Array;
  /** Base name of the input with the suffix and the extension of `type`. */
  name: string;
  type: OutputType;
  mimeType: string;
}
