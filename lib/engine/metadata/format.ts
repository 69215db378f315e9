const MAX_LENGTH = 200;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * exifr revives EXIF dates (which carry no zone) as if they were UTC, so the
 * UTC fields give back the clock time the camera wrote.
 */
function formatDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

/** EXIF UserComment starts with an 8-byte character-code prefix ("ASCII\0\0\0", "UNICODE\0"). */
function formatBytes(bytes: Uint8Array): string {
  const prefix = String.fromCharCode(...bytes.subarray(0, 8));
  const body = bytes.subarray(prefix.startsWith('ASCII') || prefix.startsWith('UNICODE') || prefix === '\0'.repeat(8) ? 8 : 0);
  const text = prefix.startsWith('UNICODE') ? new TextDecoder('utf-16le').decode(body) : new TextDecoder().decode(body);
  return /[\p{L}\p{N}]/u.test(text) ? text : '';
}

/**
 * Turns a metadata value into one line of at most 200 characters: arrays are
 * joined with "; ", dates shown as YYYY-MM-DD HH:MM:SS, control characters
 * removed. Returns '' for values that say nothing (empty, whitespace, binary).
 */
export function formatValue(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (value instanceof Date) text = formatDate(value);
  else if (value instanceof Uint8Array) text = formatBytes(value);
  else if (Array.isArray(value)) text = value.map(formatValue).filter((v) => v !== '').join('; ');
  else if (typeof value === 'object') text = formatObject(value as Record<string, unknown>);
  else text = String(value);
  // eslint-disable-next-line no-control-regex
  text = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

/** XMP structures (contact info, regions, language alternatives) flattened to their text leaves. */
function formatObject(o: Record<string, unknown>): string {
  if ('value' in o && Object.keys(o).every((k) => k === 'value' || k === 'lang')) return formatValue(o.value);
  return Object.entries(o)
    .map(([k, v]) => [k, formatValue(v)] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}
