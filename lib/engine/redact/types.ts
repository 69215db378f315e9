import type { RgbaImage } from '../image';
import type { Box, Quad } from '../report';
import type { TextDetectorRunner } from '../text/types';

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

/**
 * A box to cover. A bare Box counts as text. A text line found at an angle may carry its rotated
 * outline (`quad`, from the report's text region); then that outline is filled instead of the box.
 */
export type RedactionBox = Box | { box: Box; kind: RedactionKind; quad?: Quad };

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
  /**
   * Extra margin across a rotated text line (each side), as a fraction of its height, for
   * ascenders and descenders the detector's outline may clip. Default 0.2; along the line 0.1.
   */
  lineMarginRatio?: number;
  /**
   * When given, the painted copy is checked once more with this text detector and any text it
   * still finds touching a painted area (an ascender, a descender, the end of a line) is covered too.
   */
  textDetector?: TextDetectorRunner;
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
