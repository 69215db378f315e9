/** Runs scripts/baselines/haar.py (OpenCV Haar cascade) over images and reads its JSON lines. */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Box } from '../../lib/engine/report';

const run = promisify(execFile);

/** Haar faces for one image. */
export interface HaarResult {
  faces: Box[];
  ms: number;
}

/**
 * Detects faces in every image with one Python process (cascade loaded once).
 * Uses /usr/bin/python3 so Debian's python3-opencv is found whatever python is on PATH.
 * @throws when Python or OpenCV is missing
 */
export async function haarFaces(paths: readonly string[]): Promise<Map<string, HaarResult>> {
  const script = resolve(import.meta.dirname, 'haar.py');
  const python = process.env.EVAL_PYTHON ?? '/usr/bin/python3';
  const { stdout } = await run(python, [script, ...paths], { maxBuffer: 64 << 20 });
  const out = new Map<string, HaarResult>();
  for (const line of stdout.split('\n').filter(Boolean)) {
    const row = JSON.parse(line) as { file: string; faces?: Box[]; ms?: number; error?: string };
    if (row.error) throw new Error(`Haar could not read ${row.file}: ${row.error}`);
    out.set(row.file, { faces: row.faces ?? [], ms: row.ms ?? Number.NaN });
  }
  return out;
}

/**
 * {@link haarFaces} with results kept in `cacheFile` (JSON keyed by path, size and modification time), so
 * a re-run over the same generated corpus spawns OpenCV only for new or changed images.
 */
export async function cachedHaarFaces(paths: readonly string[], cacheFile: string): Promise<Map<string, HaarResult>> {
  const { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } = await import('node:fs');
  const { dirname } = await import('node:path');
  const key = (p: string): string => {
    const s = statSync(p);
    return `${p}|${s.size}|${Math.round(s.mtimeMs)}`;
  };
  const cache = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, HaarResult>) : {};
  const missing = paths.filter((p) => cache[key(p)] === undefined);
  if (missing.length > 0) {
    const fresh = await haarFaces(missing);
    for (const [p, r] of fresh) cache[key(p)] = r;
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify(cache));
  }
  return new Map(paths.flatMap((p) => {
    const r = cache[key(p)];
    return r ? [[p, r] as const] : [];
  }));
}
