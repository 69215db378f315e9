/**
 * The close-up (short-range) model fires at 0.5–0.6 on the round pink view of an endoscope. Clean
 * generated endoscopy frames must give no faces, while the group photos keep theirs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { detectFaces } from '../../lib/engine/faces';
import { generateImage } from '../fixtures/generator';
import { nodeFaceRunner, readJpeg, SAMPLES } from '../unit/faces/support';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';
import type { RgbaImage } from '../../lib/engine/image';

const runner = nodeFaceRunner();
afterAll(() => runner.release());

function decode(bytes: Buffer, ext: 'png' | 'jpg'): RgbaImage {
  const { width, height, data } = ext === 'png' ? PNG.sync.read(bytes) : jpeg.decode(bytes, { useTArray: true });
  return { width, height, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength) };
}

describe('faces on endoscopy frames', () => {
  // Known limit: a pair of specular highlights can still look like eyes to a tile run (seed 4 gives
  // one 32 px "face" at 0.69); that class is measured by `npm run eval`, not hidden here.
  it.each([1, 2, 3, 4, 5, 6])('does not take the scope view of clean frame seed %i for a close-up face', async (seed) => {
    const { bytes, ext } = await generateImage({ kind: 'endoscopy', seed, clean: true, name: `scope-${seed}` });
    const image = decode(bytes, ext);
    const large = (await detectFaces(image, runner)).filter((f) => f.box[2] > image.height * 0.2);
    expect(large).toEqual([]);
  });

  it('still finds the close-up face in a group photo crop', async () => {
    const photo = readJpeg(join(SAMPLES, 'sample1.jpg'));
    expect((await detectFaces(photo, runner)).length).toBeGreaterThanOrEqual(3);
  });
});
