/** Reads one file from a zip archive (stored or deflated entries), enough to inspect a store package. Not a test file. */
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/** The names of every entry in `zipPath`, in central-directory order. */
export function zipEntries(zipPath: string): Map<string, { offset: number; method: number; compressedSize: number }> {
  const zip = readFileSync(zipPath);
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error(`${zipPath} is not a zip file`);
  const entries = new Map<string, { offset: number; method: number; compressedSize: number }>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_ENTRY) throw new Error(`${zipPath}: bad central directory`);
    const nameLength = zip.readUInt16LE(at + 28), extraLength = zip.readUInt16LE(at + 30), commentLength = zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, { method: zip.readUInt16LE(at + 10), compressedSize: zip.readUInt32LE(at + 20), offset: zip.readUInt32LE(at + 42) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The bytes of entry `name` in `zipPath`. */
export function readZipEntry(zipPath: string, name: string): Buffer {
  const entry = zipEntries(zipPath).get(name);
  if (!entry) throw new Error(`${zipPath} has no ${name}`);
  const zip = readFileSync(zipPath);
  const start = entry.offset + 30 + zip.readUInt16LE(entry.offset + 26) + zip.readUInt16LE(entry.offset + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(data);
  if (entry.method === 8) return inflateRawSync(data);
  throw new Error(`${name}: unsupported compression method ${entry.method}`);
}
