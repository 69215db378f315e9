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
    // Read through a Response made here: in Firefox a page's File hands back buffers of the page's compartment.
    return PICTURES.has(sniffType(new Uint8Array(await new Response(file.slice(0, HEAD_BYTES)).arrayBuffer())));
  } catch {
    return true; // unreadable here: the check will say so, nothing passes unseen
  }
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif', 'image/avif': 'avif',
};

/** A redacted copy's name: neutral, so a patient's name or number in the original's name is not posted. */
export function neutralName(index: number, type: string): string {
  return `image-${index + 1}.${EXTENSIONS[type] ?? 'png'}`;
}
