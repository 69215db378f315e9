import type { MetadataFinding } from '../report';
import { formatValue } from './format';

type Segment = Record<string, unknown> | undefined;

/** EXIF/TIFF tags (exifr names) that can identify a patient, a clinician, a place, a time or a device. */
const IFD0_TAGS = ['Make', 'Model', 'Artist', 'Copyright', 'ImageDescription', 'DocumentName', 'HostComputer', 'ModifyDate', 'XPTitle', 'XPComment', 'XPAuthor', 'XPKeywords', 'XPSubject'];
const EXIF_TAGS = ['DateTimeOriginal', 'CreateDate', 'UserComment', 'CameraOwnerName', 'OwnerName', 'BodySerialNumber', 'SerialNumber', 'LensSerialNumber', 'ImageUniqueID'];

/** IPTC-IIM fields that describe the file format, not the picture. */
const IPTC_TECHNICAL = new Set(['ApplicationRecordVersion', 'RecordVersion', 'CodedCharacterSet', 'EnvelopeRecordVersion', 'FileFormat', 'FileVersion', 'ObjectPreviewFileFormat', 'ObjectPreviewFileVersion', 'ObjectPreviewData']);

function pick(segment: Segment, tags: readonly string[], prefix: string): MetadataFinding[] {
  const out: MetadataFinding[] = [];
  for (const tag of tags) {
    const value = formatValue(segment?.[tag]);
    if (value !== '') out.push({ tag: `${prefix}:${tag}`, value });
  }
  return out;
}

function gps(segment: Segment): MetadataFinding[] {
  const out: MetadataFinding[] = [];
  const lat = segment?.latitude;
  const lon = segment?.longitude;
  if (typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon)) {
    out.push({ tag: 'GPS:Position', value: `${lat.toFixed(5)}, ${lon.toFixed(5)}` });
  } else if (segment?.GPSLatitude !== undefined || segment?.GPSLongitude !== undefined) {
    out.push({ tag: 'GPS:Position', value: formatValue([segment.GPSLatitude, segment.GPSLongitude]) || 'present' });
  }
  const date = formatValue(segment?.GPSDateStamp);
  if (date !== '') out.push({ tag: 'GPS:DateStamp', value: date });
  return out;
}

function iptc(segment: Segment): MetadataFinding[] {
  const out: MetadataFinding[] = [];
  for (const [tag, raw] of Object.entries(segment ?? {})) {
    if (IPTC_TECHNICAL.has(tag)) continue;
    const value = formatValue(raw);
    if (value !== '') out.push({ tag: `IPTC:${tag}`, value });
  }
  return out;
}

/** A thumbnail can show the picture before it was cropped or drawn on. */
function thumbnail(segment: Segment): MetadataFinding[] {
  if (!segment) return [];
  const length = segment.ThumbnailLength ?? segment.StripByteCounts;
  const size = typeof length === 'number' ? ` (${length} bytes)` : '';
  return [{ tag: 'EXIF:Thumbnail', value: `Embedded preview image${size}; it can show the picture before cropping or editing. The redacted copy leaves it out.` }];
}

/**
 * Maps exifr's per-segment output (`mergeOutput: false`) to findings, keeping
 * only tags that can identify someone or something: GPS position and date,
 * capture dates, camera make/model/serials, owner/artist/copyright,
 * descriptions and comments, every descriptive IPTC field, and any embedded
 * thumbnail. Orientation, resolution, colour space and the like are dropped.
 */
export function exifFindings(parsed: Record<string, unknown>): MetadataFinding[] {
  const seg = (name: string) => parsed[name] as Segment;
  const ifd0 = pick(seg('ifd0'), IFD0_TAGS, 'EXIF');
  const exif = pick(seg('exif'), EXIF_TAGS, 'EXIF');
  return [...ifd0, ...exif, ...gps(seg('gps')), ...iptc(seg('iptc')), ...thumbnail(seg('ifd1'))];
}
