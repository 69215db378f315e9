import { fromWire } from '../wire/bytes';
import type { WireFile } from '../wire/file';

/** An object URL for a file's bytes, remembered in `urls` so the caller can revoke it; undefined if unreadable. */
export function objectUrlOf(file: WireFile, urls: string[]): string | undefined {
  try {
    const url = URL.createObjectURL(new Blob([fromWire(file.bytes)], { type: file.type }));
    urls.push(url);
    return url;
  } catch {
    return undefined;
  }
}
