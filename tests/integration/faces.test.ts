/**
 * The real converted BlazeFace models under onnxruntime-web in Node. Face counts were made by eye
 * on the face-api demo photos (1920 px wide group shots; sample2's left woman is in profile).
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFaces } from '../../lib/engine/faces';
import type { Box, FaceFinding } from '../../lib/engine/report';
import { blank, cropScaled, nodeFaceRunner, paste, readJpeg, SAMPLES } from '../unit/faces/support';

const runner = nodeFaceRunner();
afterAll(() => runner.release());

const EXPECTED_FACES: Record<string, number> = {
  'sample1.jpg': 3,
  'sample2.jpg': 3,
  'sample3.jpg': 3,
  'sample4.jpg': 4,
  'sample5.jpg': 5,
  'sample6.jpg': 4,
};

function overlap(a: Box, b: Box): number {
  const w = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
  const inter = w > 0 && h > 0 ? w * h : 0;
  return inter / (a[2] * a[3] + b[2] * b[3] - inter);
}

const describeFaces = (faces: FaceFinding[]): string => faces.map((f) => `${f.box.map(Math.round).join(',')}@${f.score.toFixed(2)}`).join(' ');

describe('detectFaces with the converted BlazeFace models', () => {
  it.each(Object.entries(EXPECTED_FACES))('finds every face in %s', async (file, count) => {
    const image = readJpeg(join(SAMPLES, file));
    const faces = await detectFaces(image, runner);
    expect(faces, describeFaces(faces)).toHaveLength(count);
    for (const f of faces) {
      expect(f.score).toBeGreaterThanOrEqual(0.5);
      expect(f.box[2]).toBeGreaterThan(100); // every face in these photos is 150–300 px
    }
  });

  it('finds nothing in flat, gradient and noise images', async () => {
    let seed = 7;
    const noise = (): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256);
    const images = [
      blank(1280, 1024, () => [200, 200, 200]),
      blank(1280, 1024, (x, y) => [(x * 255) / 1280, (y * 255) / 1024, 128]),
      blank(640, 480, () => [noise(), noise(), noise()]),
    ];
    for (const image of images) expect(await detectFaces(image, runner)).toEqual([]);
  });

  // A face from sample6 (≈257 px, box 622,363) with hair around it: the face is ≈68 % of the patch.
  const s6 = readJpeg(join(SAMPLES, 'sample6.jpg'));
  const faceCrop = { x: 560, y: 280, width: 380, height: 380 };

  it('finds a 30 px face in a 4032×3024 photo only with tiling', async () => {
    const canvas = blank(4032, 3024, (x, y) => [90 + (x % 97), 110 + (y % 53), 120]);
    paste(canvas, cropScaled(s6, faceCrop, 44), 2900, 1800);
    const expected: Box = [2900 + 6, 1800 + 5, 30, 30];
    const tiled = await detectFaces(canvas, runner);
    expect(tiled, describeFaces(tiled)).toHaveLength(1);
    expect(overlap(tiled[0]!.box, expected)).toBeGreaterThan(0.4);
    const wholeOnly = await detectFaces(canvas, runner, { tileFromLongSide: Infinity });
    expect(wholeOnly).toEqual([]);
  });

  it('finds a face cut by the left edge and one touching the top edge', async () => {
    // Left woman in sample6: box ≈238,517,249,249. Start the crop 35 % into her face.
    const cut = await detectFaces(cropOf(s6, { x: 325, y: 300, width: 900, height: 700 }), runner);
    const leftFace = cut.find((f) => f.box[0] < 5);
    expect(leftFace, describeFaces(cut)).toBeDefined();
    expect(leftFace!.box[2]).toBeGreaterThan(80);
    // Second woman's face (≈622,363,257) with the crop starting at her hairline.
    const top = await detectFaces(cropOf(s6, { x: 450, y: 380, width: 640, height: 480 }), runner);
    expect(top.some((f) => f.box[1] < 20 && f.box[0] > 100 && f.box[0] < 260), describeFaces(top)).toBe(true);
  });
});

function cropOf(src: ReturnType<typeof readJpeg>, r: { x: number; y: number; width: number; height: number }) {
  const data = new Uint8ClampedArray(r.width * r.height * 4);
  for (let y = 0; y < r.height; y++) {
    const start = ((r.y + y) * src.width + r.x) * 4;
    data.set(src.data.subarray(start, start + r.width * 4), y * r.width * 4);
  }
  return { width: r.width, height: r.height, data };
}
