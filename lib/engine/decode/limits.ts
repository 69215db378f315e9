import type { DecodeLimits } from './types';

/** 50 MB: larger than any social site accepts for a still image. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
/** 50 megapixels: 200 MB of RGBA, the most a browser tab can safely hold twice. */
export const DEFAULT_MAX_PIXELS = 50_000_000;

/** Limits with defaults filled in. */
export function resolveLimits(limits: DecodeLimits = {}): Required<DecodeLimits> {
  return {
    maxBytes: limits.maxBytes ?? DEFAULT_MAX_BYTES,
    maxPixels: limits.maxPixels ?? DEFAULT_MAX_PIXELS,
  };
}
