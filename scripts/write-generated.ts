import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Writes each generated file (path relative to the repository root) when the calling script is
 * run directly; imported (by the up-to-date tests), it writes nothing.
 */
export function writeGeneratedWhenRun(scriptUrl: string, files: Record<string, () => string>): void {
  if (!process.argv[1] || scriptUrl !== pathToFileURL(process.argv[1]).href) return;
  for (const [path, make] of Object.entries(files)) {
    const out = resolve(import.meta.dirname, '..', path);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, make());
    console.log(`Wrote ${path}`);
  }
}
