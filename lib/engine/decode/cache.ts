import type { RgbaImage } from '../image';
import type { ImageDecoder, ImageType } from './types';

/** How long decoded pixels are kept for a later call with the same bytes. */
export interface DecodeCacheOptions {
  /** Forget the pixels after this many milliseconds. Default 120 000 (two minutes: check, dialog, redaction). */
  keepMs?: number;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Wraps a decoder so decoding the same file twice in a row (the check, then the redaction the
 * user chose in the dialog) reuses the pixels instead of decoding a 12 MP photo again. Holds one
 * image; bytes are compared in full, so a different file never gets another's pixels. Callers must
 * not modify the returned pixels (the engine copies before painting).
 */
export function cachingDecoder(inner: ImageDecoder, options: DecodeCacheOptions = {}): ImageDecoder & { clear(): void } {
  const keepMs = options.keepMs ?? 120_000;
  let held: { bytes: Uint8Array; type: ImageType; image: Promise<RgbaImage> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    held = undefined;
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    decode(bytes, type) {
      if (held && held.type === type && sameBytes(held.bytes, bytes)) return held.image;
      clear();
      const image = inner.decode(bytes, type);
      const entry = { bytes: bytes.slice(), type, image };
      held = entry;
      image.catch(() => {
        if (held === entry) clear();
      });
      timer = setTimeout(clear, keepMs);
      (timer as { unref?: () => void }).unref?.();
      return image;
    },
    clear,
  };
}
