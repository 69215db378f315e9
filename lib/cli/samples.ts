import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ownPackageDir } from '../engine/runtime/node';

/** The package's samples/ folder (synthetic images, no real patient data). */
export function samplesDir(): string {
  return join(ownPackageDir(), 'samples');
}

/** The bundled samples folder when it holds files, else undefined. */
export function defaultScanPaths(): string[] | undefined {
  const dir = samplesDir();
  if (!existsSync(dir) || !readdirSync(dir).some((f) => !f.startsWith('.'))) return undefined;
  const rel = relative(process.cwd(), dir);
  return [rel !== '' && !rel.startsWith('..') ? rel : dir];
}
