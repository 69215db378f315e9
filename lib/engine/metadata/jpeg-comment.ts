import type { MetadataFinding } from '../report';
import { formatValue } from './format';

/** Reads JPEG COM segments (free text many PACS exports and scanners write), as `JPEG:Comment`. */
export function jpegCommentFindings(bytes: Uint8Array): MetadataFinding[] {
  const out: MetadataFinding[] = [];
  for (let i = 2; i + 4 <= bytes.length; ) {
    if (bytes[i] !== 0xff) break;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) { i += 1; continue; }
    if (marker === 0xda || marker === 0xd9) break;
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (marker === 0xfe) {
      const value = formatValue(new TextDecoder().decode(bytes.subarray(i + 4, i + 2 + length)));
      if (value !== '') out.push({ tag: 'JPEG:Comment', value });
    }
    i += 2 + length;
  }
  return out;
}
