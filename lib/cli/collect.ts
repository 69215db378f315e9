import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions a directory walk picks up. Types that can't be checked (HEIC, TIFF…) are included so they are reported, not skipped silently. */
const IMAGE_EXTENSIONS = new Set(['.jpg', '.jpeg', '.jpe', '.png', '.apng', '.gif', '.webp', '.avif', '.heic', '.heif', '.tif', '.tiff', '.bmp', '.dcm']);

/** A path to check, or one that could not be read. */
export type Collected = { path: string } | { path: string; problem: string };

async function walk(dir: string, out: Collected[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await walk(path, out);
    else if (entry.isFile() && IMAGE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push({ path });
  }
}

/**
 * Expands the command-line paths: files are kept whatever their extension
 * (the engine sniffs the type), directories are searched recursively for
 * image files in name order, hidden entries skipped.
 */
export async function collectFiles(paths: readonly string[]): Promise<Collected[]> {
  const out: Collected[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) await walk(path, out);
      else out.push({ path });
    } catch {
      out.push({ path, problem: `${path} doesn't exist or can't be read.` });
    }
  }
  return out;
}
