export { decodeImage, checkByteLimit } from './decode-image';
export { cachingDecoder, type DecodeCacheOptions } from './cache';
export { sniffType } from './sniff';
export { readHeader, type ImageHeader } from './header';
export { DecodeError, type DecodeErrorCode } from './errors';
export { DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS, resolveLimits } from './limits';
export type { DecodedImage, DecodeLimits, ImageDecoder, ImageType, SniffedType } from './types';
