const u32le = (b: Uint8Array, i: number) => ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;

/** The EXIF (TIFF) and XMP payloads of a WebP's RIFF chunks, which exifr does not read itself. */
export interface WebpMetadataChunks {
  exif?: Uint8Array;
  xmp?: Uint8Array;
}

/** Walks the RIFF chunks; strips the "Exif\0\0" prefix some writers put before the TIFF header. */
export function webpMetadataChunks(bytes: Uint8Array): WebpMetadataChunks {
  const out: WebpMetadataChunks = {};
  for (let i = 12; i + 8 <= bytes.length; ) {
    const type = String.fromCharCode(...bytes.subarray(i, i + 4));
    const length = u32le(bytes, i + 4);
    const data = bytes.subarray(i + 8, i + 8 + length);
    if (type === 'EXIF') out.exif = String.fromCharCode(...data.subarray(0, 6)) === 'Exif\0\0' ? data.subarray(6) : data;
    if (type === 'XMP ') out.xmp = data;
    i += 8 + length + (length & 1);
  }
  return out;
}
