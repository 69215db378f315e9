/** Package sizes and the native Tesseract reference time for the benchmark (impure: runs commands). */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { timeTesseract } from '../baselines/tesseract';
import { ROOT } from './corpus';
import { percentile } from './stats';

/** One zipped package. */
export interface ZipSize {
  browser: 'chrome' | 'firefox';
  file: string;
  /** Size in MB (10^6 bytes). */
  mb: number;
}

/**
 * Runs `npx wxt zip` and `npx wxt zip -b firefox` (each also rebuilds .output/<browser>-mv3)
 * unless `skip`, then reads the newest extension zip per browser (sources zips excluded).
 */
export function zipSizes(skip: boolean, log: (s: string) => void): ZipSize[] {
  if (!skip) {
    for (const args of [['wxt', 'zip'], ['wxt', 'zip', '-b', 'firefox']]) {
      log(`npx ${args.join(' ')}`);
      execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }
  const dir = join(ROOT, '.output');
  const zips = readdirSync(dir).filter((f) => f.endsWith('.zip') && !f.includes('sources'));
  return (['chrome', 'firefox'] as const).flatMap((browser) => {
    const newest = zips.filter((f) => f.includes(browser)).map((f) => ({ f, s: statSync(join(dir, f)) })).sort((a, b) => b.s.mtimeMs - a.s.mtimeMs)[0];
    return newest ? [{ browser, file: `.output/${newest.f}`, mb: newest.s.size / 1e6 }] : [];
  });
}

/** Median wall time of `tesseract IMAGE stdout` over `runs` runs, ms. */
export async function tesseractMedian(path: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await timeTesseract(path));
  return percentile(times, 50);
}
