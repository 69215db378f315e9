import { describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { encodeGreyPng, findText, type OcrResult, type OcrRunner, type TextDetectorRunner } from '../../../lib/engine/text';
import type { RgbaImage } from '../../../lib/engine/image';

const blank = (width: number, height: number): RgbaImage => ({ width, height, data: new Uint8ClampedArray(width * height * 4) });

/** A detector that reports text wherever the rectangle (in input pixels) is. */
function fakeDetector(rects: [number, number, number, number][]): TextDetectorRunner & { calls: number } {
  return {
    calls: 0,
    async detect(_input, width, height) {
      this.calls++;
      const map = new Float32Array(width * height);
      for (const [x, y, w, h] of rects) for (let j = y; j < y + h; j++) for (let i = x; i < x + w; i++) map[j * width + i] = 0.95;
      return map;
    },
  };
}

function fakeOcr(line: OcrResult, sparse?: OcrResult): OcrRunner & { seen: RgbaImage[] } {
  const seen: RgbaImage[] = [];
  return {
    seen,
    readLine: async (img) => (seen.push(img), line),
    ...(sparse && { readSparse: async () => sparse }),
  };
}

const empty: OcrResult = { text: '', confidence: 0, words: [] };

describe('findText', () => {
  it('returns every detected box, even when OCR reads nothing', async () => {
    const lines = await findText(blank(640, 480), { detector: fakeDetector([[32, 32, 100, 8], [32, 400, 80, 8]]), ocr: fakeOcr(empty) });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.text === '' && l.source === 'detector')).toBe(true);
    expect(lines[0]!.box[0]).toBeLessThanOrEqual(32);
    expect(lines[0]!.box[0] + lines[0]!.box[2]).toBeGreaterThanOrEqual(132);
  });

  it('maps OCR word boxes from the upscaled crop back to the image', async () => {
    const ocr = fakeOcr({ text: 'NHS 999', confidence: 90, words: [{ text: 'NHS', box: [10, 10, 60, 48], confidence: 90 }] });
    const [line] = await findText(blank(640, 480), { detector: fakeDetector([[100, 100, 200, 8]]), ocr });
    const crop = ocr.seen[0]!;
    expect(crop.height).toBeGreaterThanOrEqual(48);
    expect(line!.text).toBe('NHS 999');
    const [x, y, w, h] = line!.words[0]!.box;
    expect(x).toBe(line!.box[0]);
    expect(y).toBe(line!.box[1]);
    expect(w).toBeLessThan(line!.box[2]);
    expect(h).toBeLessThanOrEqual(line!.box[3]);
  });

  it('runs the sparse pass when the detector finds nothing and keeps only confident words', async () => {
    const sparse: OcrResult = {
      text: 'DOB 12/03/1956 ~',
      confidence: 80,
      words: [
        { text: 'DOB', box: [40, 40, 60, 20], confidence: 91 },
        { text: '12/03/1956', box: [110, 40, 160, 20], confidence: 88 },
        { text: '~', box: [600, 600, 20, 20], confidence: 95 },
        { text: 'junk', box: [600, 40, 60, 20], confidence: 20 },
      ],
    };
    const lines = await findText(blank(640, 480), { detector: fakeDetector([]), ocr: fakeOcr(empty, sparse) });
    expect(lines.map((l) => [l.text, l.source, l.box])).toEqual([['DOB 12/03/1956', 'sparse-ocr', [20, 20, 115, 10]]]);
  });

  it('tiles large images when asked to run every tile', async () => {
    const detector = fakeDetector([]);
    await findText(blank(4032, 3024), { detector, ocr: fakeOcr(empty) }, { sparsePass: 'never', fineTiles: 'all' });
    expect(detector.calls).toBe(7);
  });

  it('runs only the whole-image pass on a large image whose coarse map shows no sign of text', async () => {
    const detector = fakeDetector([]);
    await findText(blank(4032, 3024), { detector, ocr: fakeOcr(empty) }, { sparsePass: 'never' });
    expect(detector.calls).toBe(1);
  });

  it('runs the fine tiles where the coarse map has a weak response that no resolved line explains', async () => {
    const calls: [number, number][] = [];
    const detector: TextDetectorRunner = {
      async detect(_input, width, height) {
        calls.push([width, height]);
        const map = new Float32Array(width * height);
        // On the coarse pass only: a faint smudge near the top-left corner (small text at coarse scale).
        if (calls.length === 1) for (let j = 10; j < 12; j++) for (let i = 10; i < 14; i++) map[j * width + i] = 0.2;
        return map;
      },
    };
    await findText(blank(4032, 3024), { detector, ocr: fakeOcr(empty) }, { sparsePass: 'never' });
    // The smudge lies in the first tile only (tiles split the image evenly, at most 1920 px, 160 px overlap).
    expect(calls).toHaveLength(2);
  });
});

describe('encodeGreyPng', () => {
  it('writes a PNG that a standard decoder reads back', () => {
    const img = blank(300, 250);
    for (let i = 0; i < img.data.length; i += 4) img.data.set([i % 256, i % 256, i % 256, 255], i);
    const png = PNG.sync.read(Buffer.from(encodeGreyPng(img)));
    expect([png.width, png.height]).toEqual([300, 250]);
    expect(png.data[4 * 123]).toBe(img.data[4 * 123]);
  });
});

describe('findText at an angle with both readers', () => {
  /** A detector that reports a stripe at `deg` through the centre of the input. */
  const tilted = (deg: number): TextDetectorRunner => ({
    async detect(_input, width, height) {
      const map = new Float32Array(width * height);
      const a = (deg * Math.PI) / 180;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const dx = x + 0.5 - width / 2, dy = y + 0.5 - height / 2;
          if (Math.abs(dx * Math.cos(a) + dy * Math.sin(a)) < 100 && Math.abs(-dx * Math.sin(a) + dy * Math.cos(a)) < 4) map[y * width + x] = 0.95;
        }
      }
      return map;
    },
  });

  it('keeps the rotated outline, turns lines the classifier finds upside down and keeps both readings', async () => {
    const ocr = fakeOcr({ text: 'NHS 999 296 4391', confidence: 80, words: [] });
    const classified: number[] = [];
    const lines = await findText(blank(400, 300), {
      detector: tilted(15),
      ocr,
      classifier: { classify: async (_i, count) => (classified.push(count), Float32Array.from([0.02, 0.98])) },
      recogniser: { recognise: async () => ({ data: new Float32Array(3), steps: 1, classes: 3 }), charset: async () => ['N'] },
    });
    expect(classified).toEqual([1]);
    expect(lines).toHaveLength(1);
    const q = lines[0]!.quad!;
    // Turned over: the top edge now runs right to left, still along the 15° line.
    expect(q[2]).toBeLessThan(q[0]);
    // About 15° (the det input's rounding to multiples of 32 stretches it a little).
    expect(Math.abs((Math.atan2(q[1] - q[3], q[0] - q[2]) * 180) / Math.PI - 15)).toBeLessThan(2);
    expect(lines[0]!.readings?.map((r) => r.reader)).toEqual(['tesseract', 'neural']);
    expect(lines[0]!.text).toBe('NHS 999 296 4391');
    // The crop tesseract saw is straightened: about 200 px along the line plus padding, not the tilted box.
    expect(ocr.seen[0]!.width).toBeGreaterThan(ocr.seen[0]!.height * 3);
  });
});

describe('findText: the neural reader where tesseract is unsure', () => {
  /** Reads every line as 'N' and counts its runs. */
  const counting = () => {
    const runs: number[] = [];
    return {
      runs,
      recogniser: {
        recognise: async (_input: Float32Array, count: number) => (runs.push(count), { data: Float32Array.from([0, 1, 0]), steps: 1, classes: 3 }),
        charset: async () => ['N'],
      },
    };
  };
  const lines: [number, number, number, number][] = [[32, 32, 100, 8], [32, 200, 100, 8]];

  it('reads a line with tesseract alone when its confidence reaches neuralBelow', async () => {
    const neural = counting();
    const read = await findText(blank(640, 480), { detector: fakeDetector(lines), ocr: fakeOcr({ text: 'DOB 01/02/1960', confidence: 93, words: [] }), recogniser: neural.recogniser }, { neuralBelow: 90 });
    expect(neural.runs).toEqual([]);
    expect(read.map((l) => l.readings?.map((r) => r.reader))).toEqual([['tesseract'], ['tesseract']]);
  });

  it('adds the neural reading where tesseract is below neuralBelow, and on every line at 101', async () => {
    const unsure = counting();
    const read = await findText(blank(640, 480), { detector: fakeDetector(lines), ocr: fakeOcr({ text: 'D0B 0l/02/196O', confidence: 62, words: [] }), recogniser: unsure.recogniser }, { neuralBelow: 90 });
    expect(unsure.runs).toEqual([1, 1]);
    expect(read.map((l) => l.readings?.map((r) => r.reader))).toEqual([['tesseract', 'neural'], ['tesseract', 'neural']]);
    const always = counting();
    await findText(blank(640, 480), { detector: fakeDetector(lines), ocr: fakeOcr({ text: 'DOB 01/02/1960', confidence: 99, words: [] }), recogniser: always.recogniser }, { neuralBelow: 101 });
    expect(always.runs).toEqual([1, 1]);
  });

  it('adds the neural reading where one word is unsure though the line as a whole is not', async () => {
    const neural = counting();
    const words = [{ text: 'Wiliam', box: [0, 0, 10, 10] as [number, number, number, number], confidence: 71 }, { text: 'WHITE', box: [12, 0, 10, 10] as [number, number, number, number], confidence: 97 }];
    await findText(blank(640, 480), { detector: fakeDetector(lines.slice(0, 1)), ocr: fakeOcr({ text: 'Wiliam WHITE', confidence: 92, words }), recogniser: neural.recogniser }, { neuralBelow: 90 });
    expect(neural.runs).toEqual([1]);
  });

  it("uses only the neural reader with readers: 'neural'", async () => {
    const neural = counting();
    const ocr = fakeOcr({ text: 'x', confidence: 10, words: [] });
    const read = await findText(blank(640, 480), { detector: fakeDetector(lines), ocr, recogniser: neural.recogniser }, { readers: 'neural' });
    expect(ocr.seen).toEqual([]);
    expect(read.map((l) => l.readings?.map((r) => r.reader))).toEqual([['neural'], ['neural']]);
  });
});
