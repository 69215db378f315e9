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
