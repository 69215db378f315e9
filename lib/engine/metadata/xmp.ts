import type { MetadataFinding } from '../report';
import { formatValue } from './format';

/** exifr's output segments that are not XMP namespaces. */
const NOT_XMP = new Set(['ifd0', 'ifd1', 'exif', 'gps', 'interop', 'iptc', 'icc', 'jfif', 'ihdr', 'makerNote', 'userComment', 'errors']);

/** Namespaces that only carry edit history, raw-development settings or file structure. */
const SKIP_NAMESPACES = new Set(['xmpMM', 'crs', 'stEvt', 'stRef', 'x', 'rdf', 'xmpTPg', 'xmpG', 'xmpDM', 'illustrator', 'pdf', 'GPano', 'GCamera', 'hdrgm', 'apdi', 'aux:Lens']);

/** Whole namespaces whose every field describes people, places or rights. */
const ALL_FIELDS = new Set(['Iptc4xmpExt', 'Iptc4xmpCore', 'photoshop', 'dc', 'xmpRights', 'mwg-rs', 'MP', 'MPRI', 'MPReg', 'plus']);

/** Names that identify when they appear in any other namespace (tiff:, exif:, exifEX:, aux:, xmp:…). */
const IDENTIFYING_NAME =
  /person|name|creator|author|artist|owner|serial|location|city|state|country|gps(lat|long)|date|description|comment|caption|title|subject|keyword|headline|rights|copyright|credit|contact|region|^make$|^model$|address|phone|email|label/i;

/** Fields in the broad namespaces that are technical, not descriptive. */
const TECHNICAL = /^(format|ColorMode|ICCProfile|History|DocumentAncestors|LegacyIPTCDigest|SidecarForExtension|Marked)$/;

/**
 * Maps exifr's XMP output (one object per namespace prefix) to findings:
 * IPTC Core/Extension (PersonInImage, Location, City, Sublocation…), Dublin
 * Core (creator, description, subject…), Photoshop, rights and region names,
 * plus identifying names found in any other namespace (serials, dates, GPS).
 */
export function xmpFindings(parsed: Record<string, unknown>): MetadataFinding[] {
  const out: MetadataFinding[] = [];
  for (const [ns, fields] of Object.entries(parsed)) {
    if (NOT_XMP.has(ns) || SKIP_NAMESPACES.has(ns) || typeof fields !== 'object' || fields === null || fields instanceof Uint8Array) continue;
    for (const [name, raw] of Object.entries(fields as Record<string, unknown>)) {
      const wanted = ALL_FIELDS.has(ns) ? !TECHNICAL.test(name) : IDENTIFYING_NAME.test(name);
      if (!wanted) continue;
      const value = formatValue(raw);
      if (value !== '') out.push({ tag: `XMP:${ns}:${name}`, value });
    }
  }
  return out;
}
