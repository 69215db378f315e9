import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTesseractOcr, type TesseractOcr } from '../../lib/engine/runtime/tesseract';
import { createTextDetector, type TextDetector } from '../../lib/engine/runtime/text-detector';
import { findText, type TextLine } from '../../lib/engine/text';
import { coverage, endoscopyLines, normalise, renderFrame } from '../unit/text/fixtures';
import { nodeEngineFiles } from '../../lib/engine/runtime/node-files';

const { textDetector: MODEL, tesseractLang: LANG } = nodeEngineFiles();

let detector: TextDetector;
let ocr: TesseractOcr;

beforeAll(async () => {
  detector = await createTextDetector(readFileSync(MODEL));
  ocr = await createTesseractOcr({ langPath: LANG });
});

afterAll(async () => {
  await ocr?.terminate();
  await detector?.dispose();
});

const run = (image: Parameters<typeof findText>[0]): Promise<TextLine[]> => findText(image, { detector, ocr });
const best = (lines: TextLine[], box: [number, number, number, number]): number => Math.max(0, ...lines.map((l) => coverage(box, l.box)));

describe('findText on a synthetic endoscopy frame', () => {
  it('boxes every overlay line and reads the identifiers (1280×1024, 8 px caps, JPEG 80)', async () => {
    const { image, truth } = renderFrame({ width: 1280, height: 1024, lines: endoscopyLines(1280, 1024, 8), capHeight: 8, jpegQuality: 80 });
    const lines = await run(image);
    for (const t of truth) expect(best(lines, t.box), t.text).toBeGreaterThanOrEqual(0.95);
    const text = normalise(lines.map((l) => l.text).join(' '));
    for (const id of ['SMITH', 'JANE', '9991234578', '12031956', '12052024', '1432', 'ELSEWHERE', 'HOSPITAL']) expect(text).toContain(id);
    expect(lines.length).toBeLessThanOrEqual(truth.length + 1);
    const nhs = lines.find((l) => normalise(l.text).includes('9991234578'));
    const digits = nhs?.words.find((w) => w.text === '4578');
    expect(digits, 'word box for 4578').toBeDefined();
    const line = truth.find((t) => t.text.startsWith('NHS'))!.box;
    expect(digits!.box[0]).toBeGreaterThan(line[0] + line[2] / 2);
    expect(digits!.box[0] + digits!.box[2]).toBeLessThanOrEqual(line[0] + line[2] + 4);
  });

  it('finds no text on the same frame without an overlay', async () => {
    const { image } = renderFrame({ width: 1280, height: 1024, lines: [] });
    expect((await run(image)).length).toBeLessThanOrEqual(1);
  });

  it('finds small overlay text on a 4032×3024 photo through tiling', async () => {
    const { image, truth } = renderFrame({ width: 4032, height: 3024, lines: endoscopyLines(4032, 3024, 12), capHeight: 12, jpegQuality: 85 });
    const lines = await run(image);
    for (const t of truth) expect(best(lines, t.box), t.text).toBeGreaterThanOrEqual(0.9);
    const text = normalise(lines.map((l) => l.text).join(' '));
    for (const id of ['SMITH', '9991234578', '12031956']) expect(text).toContain(id);
  });
});
