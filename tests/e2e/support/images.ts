import { PNG } from 'pngjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes a small generated PNG (a gradient with a block) to a temp file and returns its path. */
export function writeTestPng(name = 'frame.png', width = 320, height = 240): string {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const block = x > 40 && x < 120 && y > 40 && y < 80;
      png.data[i] = block ? 255 : (x * 255) / width;
      png.data[i + 1] = block ? 255 : 80;
      png.data[i + 2] = block ? 255 : (y * 255) / height;
      png.data[i + 3] = 255;
    }
  }
  const path = join(mkdtempSync(join(tmpdir(), 'cg-img-')), name);
  writeFileSync(path, PNG.sync.write(png));
  return path;
}
