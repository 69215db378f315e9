/**
 * The command-line engine (Node) and native tesseract on the benchmark images, interleaved run by
 * run so both see the same machine load (impure: reads files, runs models and tesseract).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { checkImage } from '../../lib/engine/check';
import { createNodeRuntime } from '../../lib/engine/runtime/node';
import type { EngineRuntime } from '../../lib/engine/runtime/types';
import { timeTesseract } from '../baselines/tesseract';
import type { BenchImage } from './bench-images';
import { percentile } from './stats';

/** Median ms per image label: CLI check with 1 and with 2 OCR workers, and native tesseract. */
export interface CliMedians {
  oneOcrWorker: Record<string, number>;
  twoOcrWorkers: Record<string, number>;
  tesseract: Record<string, number>;
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await task();
  return performance.now() - t;
}

const unique = (bytes: Uint8Array) => Buffer.concat([bytes, Buffer.from(randomUUID())]);

/** `rounds` rounds per image of: CLI (1 OCR worker), CLI (2 OCR workers), native tesseract; each runtime warmed first. */
export async function cliAndTesseract(images: readonly BenchImage[], rounds: number, log: (s: string) => void): Promise<CliMedians> {
  const one = createNodeRuntime({ ocrWorkers: 1 });
  const two = createNodeRuntime({ ocrWorkers: 2 });
  const out: CliMedians = { oneOcrWorker: {}, twoOcrWorkers: {}, tesseract: {} };
  const check = (runtime: EngineRuntime, bytes: Uint8Array, name: string) => checkImage({ bytes, name }, runtime);
  try {
    const first = images[0];
    if (first) {
      const bytes = new Uint8Array(await readFile(first.path));
      for (const runtime of [one, two]) await check(runtime, bytes, basename(first.path));
    }
    for (const image of images) {
      const bytes = new Uint8Array(await readFile(image.path));
      const times = { one: [] as number[], two: [] as number[], tess: [] as number[] };
      for (let i = 0; i < rounds; i++) {
        // New bytes each time (a tail after the JPEG's end): the engine keeps the last decoded image for a redaction.
        times.one.push(await timed(() => check(one, unique(bytes), image.label)));
        times.two.push(await timed(() => check(two, unique(bytes), image.label)));
        times.tess.push(await timeTesseract(image.path));
      }
      out.oneOcrWorker[image.label] = percentile(times.one, 50);
      out.twoOcrWorkers[image.label] = percentile(times.two, 50);
      out.tesseract[image.label] = percentile(times.tess, 50);
      log(`cli ${image.label}: 1 OCR worker ${out.oneOcrWorker[image.label]!.toFixed(0)} ms, 2 OCR workers ${out.twoOcrWorkers[image.label]!.toFixed(0)} ms, tesseract ${out.tesseract[image.label]!.toFixed(0)} ms`);
    }
  } finally {
    await Promise.all([one.dispose(), two.dispose()]);
  }
  return out;
}

/** Median native tesseract ms per image label, now (to set beside a browser's warm runs under the same load). */
export async function tesseractNow(images: readonly BenchImage[], runs: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const image of images) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await timeTesseract(image.path));
    out[image.label] = percentile(times, 50);
  }
  return out;
}
