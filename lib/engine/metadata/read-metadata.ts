import type { ImageType } from '../decode/types';
import type { MetadataFinding } from '../report';
import { exifFindings } from './exif';
import { parseExif, parseSidecar } from './exifr-interop';
import { jpegCommentFindings } from './jpeg-comment';
import { unreadableMetadataNote } from './notes';
import { pngTextFindings } from './png-text';
import { webpMetadataChunks } from './webp';
import { xmpFindings } from './xmp';

const EXIFR_OPTIONS = {
  mergeOutput: false,
  tiff: true,
  ifd0: true,
  ifd1: true,
  exif: true,
  gps: true,
  xmp: true,
  iptc: true,
  icc: false,
  jfif: false,
  ihdr: false,
  interop: false,
  makerNote: false,
  userComment: true,
  translateValues: true,
  reviveValues: true,
} as const;

type ExifrOptions = Parameters<typeof parseExif>[1];
const asRecord = (parsed: unknown): Record<string, unknown> =>
  typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};

/** exifr reads JPEG, PNG (eXIf, XMP) and AVIF itself; WebP chunks are fed to it one by one; GIF has none it knows. */
async function parseExifr(bytes: Uint8Array, type: ImageType): Promise<Record<string, unknown>> {
  const options = EXIFR_OPTIONS as unknown as ExifrOptions;
  if (type === 'gif') return {};
  if (type !== 'webp') return asRecord(await parseExif(bytes, options));
  const chunks = webpMetadataChunks(bytes);
  const exif = chunks.exif ? asRecord(await parseExif(chunks.exif, options)) : {};
  const xmp = chunks.xmp ? asRecord(await parseSidecar(chunks.xmp, EXIFR_OPTIONS as unknown as Parameters<typeof parseSidecar>[1], 'xmp')) : {};
  return { ...xmp, ...exif };
}

/**
 * Finds metadata that could identify a patient, a clinician, a place, a time
 * or a device: EXIF (GPS, capture dates, camera make/model/serials, artist,
 * copyright, descriptions, comments, thumbnails), XMP and IPTC (people, places,
 * creators), PNG text chunks and JPEG comments. Never throws: unreadable
 * metadata becomes a "Metadata" note (see notes.ts).
 */
export async function readMetadata(bytes: Uint8Array, type: ImageType): Promise<MetadataFinding[]> {
  const out: MetadataFinding[] = [];
  try {
    const parsed = await parseExifr(bytes, type);
    out.push(...exifFindings(parsed), ...xmpFindings(parsed));
  } catch {
    out.push(unreadableMetadataNote());
  }
  try {
    if (type === 'png') out.push(...(await pngTextFindings(bytes)));
    if (type === 'jpeg') out.push(...jpegCommentFindings(bytes));
  } catch {
    out.push(unreadableMetadataNote());
  }
  const seen = new Set<string>();
  return out.filter((f) => {
    const key = `${f.tag}\u0000${f.value}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
