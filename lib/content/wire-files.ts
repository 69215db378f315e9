import { toWire } from '../wire/bytes';
import type { WireFile } from '../wire/file';
import { sendFromContent } from '../messaging/send';

/** The largest image the engine checks (lib/engine/decode/limits.ts); bigger files are not carried. */
export const CHECKABLE_BYTES = 50 * 1024 * 1024;
/** What one attachment may carry in one message: Chrome refuses messages over 64 MiB. */
export const ATTACH_BYTES = 48 * 1024 * 1024;

let structuredClonePromise: Promise<boolean> | undefined;

/** Whether ArrayBuffers survive runtime messaging here (Firefox; Chrome with structured_clone). Asked once. */
function carriesArrayBuffers(): Promise<boolean> {
  structuredClonePromise ??= sendFromContent('probe/bytes', { buffer: new ArrayBuffer(4) }).then((r) => r.ok && r.value.structuredClone);
  return structuredClonePromise;
}

/**
 * Which files travel without their bytes: any too large to check, then the largest until the rest
 * fit in one message. Base64 (older Chrome) is a third larger, so less fits.
 */
export function withheldFiles(sizes: readonly number[], structured: boolean): Map<number, 'too-large' | 'batch'> {
  const withheld = new Map<number, 'too-large' | 'batch'>();
  const budget = structured ? ATTACH_BYTES : (ATTACH_BYTES * 3) / 4;
  sizes.forEach((size, i) => size > CHECKABLE_BYTES && withheld.set(i, 'too-large'));
  let total = sizes.reduce((sum, size, i) => (withheld.has(i) ? sum : sum + size), 0);
  const bySize = sizes.map((size, i) => ({ size, i })).sort((a, b) => b.size - a.size);
  for (const { size, i } of bySize) {
    if (total <= budget) break;
    if (withheld.has(i)) continue;
    withheld.set(i, 'batch');
    total -= size;
  }
  return withheld;
}

async function sha256Hex(file: File): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', await file.arrayBuffer()));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function toWireFiles(files: readonly File[]): Promise<WireFile[]> {
  const structured = await carriesArrayBuffers();
  const withheld = withheldFiles(
    files.map((f) => f.size),
    structured,
  );
  return Promise.all(
    files.map(async (f, i): Promise<WireFile> => {
      const base = { name: f.name, type: f.type, lastModified: f.lastModified, size: f.size };
      const reason = withheld.get(i);
      if (reason) return { ...base, bytes: toWire(new ArrayBuffer(0), structured), withheld: reason, sha256: await sha256Hex(f) };
      return { ...base, bytes: toWire(await f.arrayBuffer(), structured) };
    }),
  );
}
