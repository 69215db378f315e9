/** The command-line engine (Node) on the benchmark images: warm wall time of a whole check (impure: reads files, runs models). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkImage } from '../../lib/engine/check';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import type { BenchImage } from './bench-images';
import { percentile } from './stats';

/** Median ms of a whole check per image label, after one warm-up check; `ocrWorkers` as the CLI uses by default unless given. */
export async function cliCheckMedians(images: readonly BenchImage[], runs: number, log: (s: string) => void, ocrWorkers?: number): Promise<Record<string, number>> {
  const runtime = createNodeRuntime(ocrWorkers === undefined ? {} : { ocrWorkers });
  const out: Record<string, number> = {};
  try {
    const first = images[0];
    if (first) await checkImage({ bytes: new Uint8Array(await readFile(first.path)), name: basename(first.path) }, runtime);
    for (const image of images) {
      const bytes = new Uint8Array(await readFile(image.path));
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        await checkImage({ bytes, name: basename(image.path) }, runtime);
        times.push(performance.now() - t);
      }
      out[image.label] = percentile(times, 50);
      log(`cli ${image.label}: ${out[image.label]!.toFixed(0)} ms`);
    }
  } finally {
    await runtime.dispose();
  }
  return out;
}
