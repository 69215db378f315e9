import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { deriveFacePhoto } from '../../../scripts/eval-lib/face-derive';

async function photo(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'face-derive-')), 'p.png');
  writeFileSync(path, await sharp({ create: { width: 200, height: 100, channels: 3, background: { r: 200, g: 150, b: 120 } } }).png().toBuffer());
  return path;
}

const faces = [{ box: [20, 20, 40, 50] as [number, number, number, number], tags: ['frontal'] }, { box: [150, 10, 40, 40] as [number, number, number, number], tags: ['profile'] }];

describe('deriveFacePhoto', () => {
  it('shrinks into a frame of the same size and carries the boxes through', async () => {
    const made = await deriveFacePhoto(await photo(), faces, { shrink: 0.5 });
    expect((await sharp(made.bytes).metadata()).width).toBe(200);
    expect(made.faces[0]?.box).toEqual([60, 35, 20, 25]);
  });

  it('drops faces mostly outside a crop and tags the ones the frame cuts', async () => {
    const made = await deriveFacePhoto(await photo(), faces, { crop: [40, 0, 160, 100] });
    expect(made.faces.map((f) => f.box)).toEqual([[0, 20, 20, 50], [110, 10, 40, 40]]);
    expect(made.faces[0]?.tags).toContain('cut');
    expect(made.faces[1]?.tags).not.toContain('cut');
  });

  it('tags masked faces and paints over the lower face only', async () => {
    const path = await photo();
    const made = await deriveFacePhoto(path, faces, { mask: [0] });
    expect(made.faces[0]?.tags).toContain('mask');
    expect(made.faces[1]?.tags).not.toContain('mask');
    const { data, info } = await sharp(made.bytes).raw().toBuffer({ resolveWithObject: true });
    const px = (x: number, y: number) => Array.from(data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3));
    const blueish = (p: number[]) => (p[2] ?? 0) > (p[0] ?? 0);
    expect(blueish(px(40, 60))).toBe(true); // lower face: mask colour
    expect(blueish(px(40, 25))).toBe(false); // forehead: untouched skin colour
  });

  it('halftones to black and white only', async () => {
    const made = await deriveFacePhoto(await photo(), faces, { halftone: 5 });
    const { data } = await sharp(made.bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
    const mid = [...data].filter((v) => v > 60 && v < 195).length / data.length;
    expect(mid).toBeLessThan(0.25);
    expect(made.faces.every((f) => f.tags.includes('halftone'))).toBe(true);
  });
});
