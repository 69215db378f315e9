import { toWire } from '../messaging/bytes';
import type { WireFile } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';

let structuredClonePromise: Promise<boolean> | undefined;

/** Whether ArrayBuffers survive runtime messaging here (Firefox; Chrome with structured_clone). Asked once. */
function carriesArrayBuffers(): Promise<boolean> {
  structuredClonePromise ??= sendToBackground('probe/bytes', { buffer: new ArrayBuffer(4) }).then((r) => r.ok && r.value.structuredClone);
  return structuredClonePromise;
}

export async function toWireFiles(files: readonly File[]): Promise<WireFile[]> {
  const structured = await carriesArrayBuffers();
  return Promise.all(
    files.map(async (f) => ({
      name: f.name,
      type: f.type,
      lastModified: f.lastModified,
      size: f.size,
      bytes: toWire(await f.arrayBuffer(), structured),
    })),
  );
}
