import type { RgbaImage } from '../image';
import type { Box } from '../report';
import { quadBounds, quadSize, type Quad } from './geometry';
import type { LineRecogniserRunner, OcrResult, RecogniserOutput } from './types';
import { squareToQuad, warpGrey } from './warp';

/** Input height of PP-OCRv4 rec, and the narrowest input PaddleOCR feeds it (rec_image_shape 3,48,320). */
export const REC_HEIGHT = 48;
const REC_MIN_WIDTH = 320;
/** Longest line fed at once (40:1); longer lines are squeezed, which PaddleOCR also does past its batch ratio. */
const REC_MAX_WIDTH = 48 * 40;

/** A line prepared for the recogniser and the width its text occupies (the rest is padding). */
export interface RecInput {
  data: Float32Array;
  width: number;
  content: number;
}

/** Straightens the quad to 48 px high keeping its ratio, (v/255 − 0.5)/0.5, zero padding to the right. */
export function prepareRecInput(image: RgbaImage, quad: Quad): RecInput {
  const { width, height } = quadSize(quad);
  const content = Math.max(8, Math.min(REC_MAX_WIDTH, Math.ceil((REC_HEIGHT * width) / Math.max(1, height) - 1e-6)));
  const inputWidth = Math.max(REC_MIN_WIDTH, Math.ceil(content / 8) * 8);
  const g = warpGrey(image, quad, content, REC_HEIGHT);
  const plane = REC_HEIGHT * inputWidth;
  const data = new Float32Array(3 * plane);
  for (let y = 0; y < REC_HEIGHT; y++) {
    for (let x = 0; x < content; x++) {
      const v = g[y * content + x]! / 127.5 - 1;
      const at = y * inputWidth + x;
      data[at] = v;
      data[at + plane] = v;
      data[at + 2 * plane] = v;
    }
  }
  return { data, width: inputWidth, content };
}

const allowedCache = new WeakMap<readonly string[], Int32Array>();

/**
 * Classes the decoder may emit: printable ASCII and '£' from the dictionary, plus the space class
 * PaddleOCR appends (`use_space_char`). The Chinese dictionary's other 6,500 characters are masked:
 * on English labels they only ever appear as misreadings.
 */
function allowedClasses(charset: readonly string[]): Int32Array {
  let allowed = allowedCache.get(charset);
  if (!allowed) {
    const ids: number[] = [];
    charset.forEach((c, i) => {
      if (c.length === 1 && ((c >= ' ' && c <= '~') || c === '£')) ids.push(i + 1);
    });
    ids.push(charset.length + 1);
    allowed = Int32Array.from(ids);
    allowedCache.set(charset, allowed);
  }
  return allowed;
}

/** One decoded character: its text, probability and CTC step. */
export interface DecodedChar {
  char: string;
  prob: number;
  step: number;
}

/** Greedy CTC decoding of line `n` over the allowed classes: best class per step, repeats and blanks removed. */
export function ctcDecode(out: RecogniserOutput, n: number, charset: readonly string[]): DecodedChar[] {
  const allowed = allowedClasses(charset);
  const chars: DecodedChar[] = [];
  let previous = -1;
  for (let t = 0; t < out.steps; t++) {
    const row = (n * out.steps + t) * out.classes;
    let best = 0;
    let bestProb = out.data[row]!;
    for (const k of allowed) {
      const p = out.data[row + k]!;
      if (p > bestProb) {
        best = k;
        bestProb = p;
      }
    }
    if (best !== 0 && best !== previous) chars.push({ char: best === charset.length + 1 ? ' ' : charset[best - 1]!, prob: bestProb, step: t });
    previous = best;
  }
  return chars;
}

const isLower = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isUpper = (c: string | undefined) => c !== undefined && c >= 'A' && c <= 'Z';

/** "eT" followed by another capital: a word in capitals run onto the word before ("JaneTURNER"). */
function startsCapitalsAfterLower(previous: string, c: string, next: string | undefined): boolean {
  return isLower(previous) && isUpper(c) && isUpper(next);
}

/**
 * Puts back the spaces the recogniser drops (PP-OCRv4's Chinese model often runs English words
 * together: "NHS:9992964391"): a gap between two characters of more than `factor` times the
 * line's median character pitch, in CTC steps, is a space; so is the start of a word in capitals
 * straight after a small letter ("JaneTURNER" → "Jane TURNER", as a name overlay prints).
 */
export function restoreSpaces(chars: readonly DecodedChar[], factor = 1.7): DecodedChar[] {
  const letters = chars.filter((c) => c.char !== ' ');
  const pitches = letters.slice(1).map((c, i) => c.step - letters[i]!.step).sort((a, b) => a - b);
  if (pitches.length < 3) return [...chars];
  const pitch = Math.max(1, pitches[Math.floor(pitches.length / 2)]!);
  const out: DecodedChar[] = [];
  for (const [i, c] of chars.entries()) {
    const last = out[out.length - 1];
    const gap = last && last.char !== ' ' && c.char !== ' ' && c.step - last.step > factor * pitch;
    if (last && (gap || startsCapitalsAfterLower(last.char, c.char, chars[i + 1]?.char))) out.push({ char: ' ', prob: 1, step: (last.step + c.step) / 2 });
    out.push(c);
  }
  return out;
}

/**
 * Turns decoded characters into a line reading with word boxes in image pixels: each word spans
 * its first to last CTC step (8 input pixels a step) and is mapped back through the line's warp.
 */
export function toReading(chars: readonly DecodedChar[], quad: Quad, input: RecInput, steps: number, bounds: [number, number]): OcrResult {
  const stride = input.width / Math.max(1, steps);
  const map = squareToQuad(quad);
  const words: OcrResult['words'] = [];
  let current: DecodedChar[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const x0 = Math.max(0, (current[0]!.step - 0.5) * stride) / input.content;
    const x1 = Math.min(input.content, (current[current.length - 1]!.step + 1.5) * stride) / input.content;
    const q = [...map(x0, 0), ...map(x1, 0), ...map(x1, 1), ...map(x0, 1)] as Quad;
    const box: Box = quadBounds(q, bounds);
    const confidence = (100 * current.reduce((s, c) => s + c.prob, 0)) / current.length;
    words.push({ text: current.map((c) => c.char).join(''), box, confidence });
    current = [];
  };
  for (const c of chars) {
    if (c.char === ' ') flush();
    else current.push(c);
  }
  flush();
  const letters = chars.filter((c) => c.char !== ' ');
  const confidence = letters.length > 0 ? (100 * letters.reduce((s, c) => s + c.prob, 0)) / letters.length : 0;
  return { text: words.map((w) => w.text).join(' '), confidence, words };
}

/** Reads one straightened line with the neural recogniser. */
export async function recogniseLine(image: RgbaImage, quad: Quad, runner: LineRecogniserRunner): Promise<OcrResult & { asEmitted?: Pick<OcrResult, 'text' | 'words'> }> {
  const input = prepareRecInput(image, quad);
  const out = await runner.recognise(input.data, 1, input.width);
  const charset = await runner.charset();
  const chars = ctcDecode(out, 0, charset);
  const spaced = restoreSpaces(chars);
  const reading = toReading(spaced, quad, input, out.steps, [image.width, image.height]);
  if (spaced.length === chars.length) return reading;
  const { text, words } = toReading(chars, quad, input, out.steps, [image.width, image.height]);
  return { ...reading, asEmitted: { text, words } };
}
