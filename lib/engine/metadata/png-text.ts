import type { MetadataFinding } from '../report';
import { formatValue } from './format';

/** Keywords that only name the program that wrote the file. */
const BENIGN = new Set(['Software', 'XML:com.adobe.xmp']);

const u32 = (b: Uint8Array, i: number) => (((b[i] ?? 0) << 24) | ((b[i + 1] ?? 0) << 16) | ((b[i + 2] ?? 0) << 8) | (b[i + 3] ?? 0)) >>> 0;

async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface TextChunk {
  keyword: string;
  text: string;
}

/** Splits a chunk at its NUL-terminated keyword and decodes tEXt, zTXt or iTXt. */
async function readChunk(type: string, data: Uint8Array): Promise<TextChunk | undefined> {
  const nul = data.indexOf(0);
  if (nul < 1) return undefined;
  const keyword = new TextDecoder('latin1').decode(data.subarray(0, nul));
  if (type === 'tEXt') return { keyword, text: new TextDecoder('latin1').decode(data.subarray(nul + 1)) };
  if (type === 'zTXt') return { keyword, text: new TextDecoder('latin1').decode(await inflate(data.subarray(nul + 2))) };
  // iTXt: keyword\0 compressed(1) method(1) language\0 translated keyword\0 text
  const compressed = data[nul + 1] === 1;
  const langEnd = data.indexOf(0, nul + 3);
  const translatedEnd = langEnd < 0 ? -1 : data.indexOf(0, langEnd + 1);
  if (translatedEnd < 0) return undefined;
  const body = data.subarray(translatedEnd + 1);
  return { keyword, text: new TextDecoder().decode(compressed ? await inflate(body) : body) };
}

/** ImageMagick stores whole EXIF/IPTC/XMP profiles as hex text in "Raw profile type …" chunks. */
function describe(chunk: TextChunk): string {
  if (/^raw profile type /i.test(chunk.keyword)) return `Embedded ${chunk.keyword.slice(17).toUpperCase()} profile (${chunk.text.length} characters of hex)`;
  return formatValue(chunk.text);
}

/**
 * Reads every tEXt, zTXt and iTXt chunk of a PNG (exifr reads only tEXt) and
 * reports each as `PNG:<keyword>`, except the writing program's name and XMP
 * packets (XMP is reported field by field). Damaged compressed chunks are
 * reported as unreadable rather than dropped.
 */
export async function pngTextFindings(bytes: Uint8Array): Promise<MetadataFinding[]> {
  const out: MetadataFinding[] = [];
  for (let i = 8; i + 12 <= bytes.length; ) {
    const length = u32(bytes, i);
    const type = String.fromCharCode(...bytes.subarray(i + 4, i + 8));
    if (type === 'IEND') break;
    if (type === 'tEXt' || type === 'zTXt' || type === 'iTXt') {
      const data = bytes.subarray(i + 8, i + 8 + length);
      try {
        const chunk = await readChunk(type, data);
        if (chunk && !BENIGN.has(chunk.keyword)) {
          const value = describe(chunk);
          if (value !== '') out.push({ tag: `PNG:${chunk.keyword}`, value });
        }
      } catch {
        out.push({ tag: `PNG:${type}`, value: "A compressed text chunk couldn't be read. The redacted copy leaves it out." });
      }
    }
    i += 12 + length;
  }
  return out;
}
