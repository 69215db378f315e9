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

/**
 * Writes a small 24-bit BMP (the same gradient): a picture every browser shows but the engine cannot
 * check ("BMP images can't be checked yet"), so its check fails in the real extension.
 */
export function writeTestBmp(name = 'frame.bmp', width = 320, height = 240): string {
  const row = Math.ceil((width * 3) / 4) * 4;
  const bytes = Buffer.alloc(54 + row * height);
  bytes.write('BM', 0, 'ascii');
  bytes.writeUInt32LE(bytes.length, 2);
  bytes.writeUInt32LE(54, 10);
  bytes.writeUInt32LE(40, 14);
  bytes.writeInt32LE(width, 18);
  bytes.writeInt32LE(height, 22);
  bytes.writeUInt16LE(1, 26);
  bytes.writeUInt16LE(24, 28);
  bytes.writeUInt32LE(row * height, 34);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Rows run bottom-up; pixels are blue, green, red.
      const i = 54 + (height - 1 - y) * row + x * 3;
      bytes[i] = Math.round((y * 255) / height);
      bytes[i + 1] = 80;
      bytes[i + 2] = Math.round((x * 255) / width);
    }
  }
  const path = join(mkdtempSync(join(tmpdir(), 'cg-img-')), name);
  writeFileSync(path, bytes);
  return path;
}
