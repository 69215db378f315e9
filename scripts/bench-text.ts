/**
 * Times the text finder in Node: `npx tsx scripts/bench-text.ts [runs]`.
 * Prints milliseconds per stage for a 1280×1024 endoscopy frame and a 4032×3024 photo-sized
 * frame (synthetic, see tests/unit/text/fixtures.ts), with tesseract alone, the neural reader
 * alone and both, with the runs and time inside ORT per model, and the coarse-to-fine detector beside
 * running every fine tile.
 * Single-threaded WASM for ORT; relative numbers, not device numbers. Note `uptime` with them.
 */
import { loadavg } from 'node:os';
import { onnxRunStats } from '../lib/engine/runtime/onnx';
import { createNodeRuntime } from '../lib/engine/runtime/node';
import { findText, type FindTextOptions } from '../lib/engine/text';
import { detectLines } from '../lib/engine/text/find-text';
import { endoscopyLines, renderFrame } from '../tests/unit/text/fixtures';

const runs = Number(process.argv[2] ?? 3);
const ms = (t: number): string => `${Math.round(t)} ms`;
const runtime = createNodeRuntime();
const runners = { detector: runtime.textDetector, ocr: runtime.ocr, classifier: runtime.lineClassifier!, recogniser: runtime.lineRecogniser! };

let t = performance.now();
await runtime.warm();
console.log(`load average ${loadavg().map((v) => v.toFixed(1)).join(' ')}; models and tesseract worker ${ms(performance.now() - t)}`);

const variants: [string, FindTextOptions][] = [
  ['tesseract', { readers: 'tesseract' }],
  ['neural', { readers: 'neural' }],
  ['both', { readers: 'both' }],
];
for (const [width, height, cap] of [[1280, 1024, 8], [4032, 3024, 16]] as const) {
  const { image } = renderFrame({ width, height, lines: endoscopyLines(width, height, cap), capHeight: cap, jpegQuality: 80 });
  const { image: clean } = renderFrame({ width, height, lines: [] });
  for (let i = 0; i < runs; i++) {
    for (const [name, options] of variants) {
      const timings: Record<string, number> = {};
      const before = onnxRunStats();
      t = performance.now();
      const lines = await findText(image, runners, { ...options, timings });
      const stages = Object.entries(timings).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
      // Time inside ORT per model (by its first output name): the runs share one thread, so they add up.
      const models = Object.entries(onnxRunStats())
        .map(([model, { runs, ms: spent }]) => [model, runs - (before[model]?.runs ?? 0), spent - (before[model]?.ms ?? 0)] as const)
        .filter(([, runs]) => runs > 0)
        .map(([model, runs, spent]) => `${model} ${runs}× ${ms(spent)}`)
        .join(', ');
      console.log(`${width}×${height} run ${i + 1} ${name}: ${lines.length} lines, total ${ms(performance.now() - t)} (${stages}; ORT: ${models})`);
    }
    for (const fineTiles of ['where-text-may-be', 'all'] as const) {
      t = performance.now();
      const text = (await detectLines(image, runners.detector, { fineTiles })).length;
      const withText = performance.now() - t;
      t = performance.now();
      await detectLines(clean, runners.detector, { fineTiles });
      console.log(`${width}×${height} run ${i + 1} detection (${fineTiles}): ${text} lines in ${ms(withText)}; clean frame ${ms(performance.now() - t)}`);
    }
  }
}
await runtime.dispose();
