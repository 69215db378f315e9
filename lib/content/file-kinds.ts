import { sniffType } from '../engine/decode/sniff';
import type { SniffedType } from '../engine/decode/types';

/** What the first bytes can say; enough for every signature `sniffType` knows (DICOM's sits at 128). */
const HEAD_BYTES = 4096;
const PICTURES: ReadonlySet<SniffedType> = new Set(['jpeg', 'png', 'gif', 'webp', 'avif', 'bmp', 'tiff', 'heic', 'svg', 'dicom', 'video']);

/**
 * Whether a file is checked: an image or video by its bytes, whatever its name says ("wound.jpg_large"
 * has no type the browser knows), or one that claims to be an image or video (the check then says
 * if it cannot be read). Other files ride along untouched.
 */
export async function isCheckable(file: File): Promise<boolean> {
  if (file.type.startsWith('image/') || file.type.startsWith('video/')) return true;
  try {
    return PICTURES.has(sniffType(await headOf(file)));
  } catch {
    // Unreadable here: a file with no type, or one the browser could not name, is checked (the check
    // says if it cannot be read); one the browser named as another kind (a PDF) rides along.
    return file.type === '' || file.type === 'application/octet-stream';
  }
}

/**
 * The file's first bytes, read with a FileReader made here: in a Firefox content script a page's
 * File hands back promises and buffers of the page's compartment, which the reader's result is not.
 */
function headOf(file: File): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsArrayBuffer(file.slice(0, HEAD_BYTES));
  });
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif', 'image/avif': 'avif',
};

/** A redacted copy's name: neutral, so a patient's name or number in the original's name is not posted. */
export function neutralName(index: number, type: string): string {
  return `image-${index + 1}.${EXTENSIONS[type] ?? 'png'}`;
}
