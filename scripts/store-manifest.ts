import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The Chrome Web Store (and Edge Add-ons) reject an upload whose manifest has a `key` field; the store
 * assigns the id itself. Unpacked and trust-hosted builds keep `key` so the extension id stays fixed for
 * enterprise policy. So `wxt zip` drops the key from the built manifest just while it zips, then puts the
 * built file back as it was.
 */
const originals = new Map<string, string>();

/** Before zipping: rewrites `<outDir>/manifest.json` without `key` (no-op when it has none). */
export async function dropKeyWhileZipping(outDir: string): Promise<void> {
  const path = join(outDir, 'manifest.json');
  const text = await readFile(path, 'utf8');
  const manifest = JSON.parse(text) as Record<string, unknown>;
  if (!('key' in manifest)) return;
  originals.set(path, text);
  delete manifest.key;
  await writeFile(path, JSON.stringify(manifest));
}

/** After zipping: restores the manifest {@link dropKeyWhileZipping} changed. */
export async function restoreKeyAfterZipping(outDir: string): Promise<void> {
  const path = join(outDir, 'manifest.json');
  const text = originals.get(path);
  if (text === undefined) return;
  await writeFile(path, text);
  originals.delete(path);
}
