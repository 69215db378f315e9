import { describe, expect, it } from 'vitest';
import type { RgbaImage } from '../../../lib/engine/image';
import { rectQuad } from '../../../lib/engine/text/geometry';
import { CLS_HEIGHT, CLS_WIDTH, prepareClsInput, upsideDown } from '../../../lib/engine/text/orientation';
import { ctcDecode, prepareRecInput, recogniseLine, restoreSpaces, toReading } from '../../../lib/engine/text/recognise';
import type { LineRecogniserRunner, RecogniserOutput } from '../../../lib/engine/text/types';

const CHARSET = ['汉', 'A', 'B', '1', ':', '字'];
const SPACE = CHARSET.length + 1;

/** CTC probabilities with one-hot steps: `seq` lists the class per step (0 = blank). */
function probs(seq: number[], classes = CHARSET.length + 2, hot = 0.9): RecogniserOutput {
  const data = new Float32Array(seq.length * classes).fill((1 - hot) / (classes - 1));
  seq.forEach((k, t) => (data[t * classes + k] = hot));
  return { data, steps: seq.length, classes };
}

const white = (width: number, height: number): RgbaImage => ({ width, height, data: new Uint8ClampedArray(width * height * 4).fill(255) });

describe('ctcDecode', () => {
  it('drops blanks and repeats and keeps a doubled letter split by a blank', () => {
    const out = ctcDecode(probs([2, 2, 0, 2, 3, 0, SPACE, 4, 4, 5]), 0, CHARSET);
    expect(out.map((c) => c.char).join('')).toBe('AAB 1:');
  });

  it('never emits the Chinese characters of the dictionary: the best English class wins', () => {
    const p = probs([1, 6]);
    // Step 0: '汉' is best, 'B' second; step 1: '字' best, blank second.
    p.data[0 * p.classes + 3] = 0.5;
    expect(ctcDecode(p, 0, CHARSET).map((c) => c.char).join('')).toBe('B');
  });
});

describe('toReading', () => {
  it('splits words at spaces and maps their CTC steps back through the line quad', () => {
    const chars = ctcDecode(probs([2, 0, 3, 0, SPACE, 0, 0, 4, 0, 4]), 0, CHARSET);
    const quad = rectQuad({ cx: 100, cy: 50, width: 80, height: 16, angle: 0 });
    const input = { data: new Float32Array(0), width: 80, content: 80 };
    const r = toReading(chars, quad, input, 10, [200, 100]);
    expect(r.text).toBe('AB 11');
    expect(r.words.map((w) => w.text)).toEqual(['AB', '11']);
    expect(r.words[0]!.box[0]).toBe(60);
    expect(r.words[1]!.box[0]).toBeGreaterThan(r.words[0]!.box[0] + r.words[0]!.box[2] - 8);
    expect(r.words[1]!.box[0] + r.words[1]!.box[2]).toBe(140);
    expect(r.confidence).toBeCloseTo(90, 3);
  });
});

describe('prepareRecInput and recogniseLine', () => {
  it('feeds 48 px high, at least 320 wide, multiple of 8, text area then zero padding', async () => {
    const input = prepareRecInput(white(400, 100), rectQuad({ cx: 200, cy: 50, width: 200, height: 20, angle: 0.2 }));
    expect(input.content).toBe(480);
    expect(input.width).toBe(480);
    expect(input.data.length).toBe(3 * 48 * 480);
    const short = prepareRecInput(white(400, 100), rectQuad({ cx: 200, cy: 50, width: 40, height: 20, angle: 0 }));
    expect(short.width).toBe(320);
    expect(short.data[0]).toBeCloseTo(1, 5);
    expect(short.data[200]).toBe(0);
    let seen: number[] = [];
    const runner: LineRecogniserRunner = {
      async recognise(_data, count, width) {
        seen = [count, width];
        return probs([2, 0, 3]);
      },
      charset: async () => CHARSET,
    };
    const r = await recogniseLine(white(400, 100), rectQuad({ cx: 200, cy: 50, width: 40, height: 20, angle: 0 }), runner);
    expect(seen).toEqual([1, 320]);
    expect(r.text).toBe('AB');
  });
});

describe('upsideDown', () => {
  it('batches every line into one classifier run and flips only confident 180° answers', async () => {
    const quads = [0, 1, 2].map((i) => rectQuad({ cx: 50, cy: 20 + 20 * i, width: 60, height: 12, angle: 0 }));
    let batch = 0;
    const flips = await upsideDown(white(100, 100), quads, {
      async classify(input, count) {
        batch = count;
        expect(input.length).toBe(count * 3 * CLS_HEIGHT * CLS_WIDTH);
        return Float32Array.from([0.99, 0.01, 0.05, 0.95, 0.2, 0.8]);
      },
    });
    expect(batch).toBe(3);
    expect(flips).toEqual([false, true, false]);
  });

  it('scales crops to 48 px high and pads the right with zeros', () => {
    const input = prepareClsInput(white(100, 100), [rectQuad({ cx: 50, cy: 50, width: 48, height: 24, angle: 0 })]);
    expect(input[0]).toBeCloseTo(1, 5);
    expect(input[95]).toBeCloseTo(1, 5);
    expect(input[96]).toBe(0);
  });
});

describe('restoreSpaces', () => {
  const at = (text: string, steps: number[]) => [...text].map((char, i) => ({ char, prob: 0.9, step: steps[i]! }));
  it('puts a space where the gap between characters is well over the usual pitch', () => {
    const chars = at('NHS:999', [0, 3, 6, 9, 16, 19, 22]);
    expect(restoreSpaces(chars).map((c) => c.char).join('')).toBe('NHS: 999');
  });
  it('leaves evenly spaced text and existing spaces alone', () => {
    expect(restoreSpaces(at('ABCDE', [0, 3, 6, 9, 12])).map((c) => c.char).join('')).toBe('ABCDE');
    expect(restoreSpaces(at('AB CD', [0, 3, 7, 10, 13])).map((c) => c.char).join('')).toBe('AB CD');
  });
  it('splits a word in capitals run onto the word before it, and nothing else', () => {
    const even = (text: string) => restoreSpaces(at(text, [...text].map((_, i) => 3 * i))).map((c) => c.char).join('');
    expect(even('JaneTURNER')).toBe('Jane TURNER');
    // One capital after a small letter is not a word in capitals; capitals then small letters are left alone.
    expect(even('McDonald')).toBe('McDonald');
    expect(even('iPhone')).toBe('iPhone');
    expect(even('PEMBERTONRobert')).toBe('PEMBERTONRobert');
  });
});
