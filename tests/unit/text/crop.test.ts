import { describe, expect, it } from 'vitest';
import { cropBoxToImage, cropLine, cropScale } from '../../../lib/engine/text/crop';
import type { RgbaImage } from '../../../lib/engine/image';

function image(width: number, height: number, bg: number, fg: number, ink: [number, number, number, number]): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const inside = x >= ink[0] && x < ink[0] + ink[2] && y >= ink[1] && y < ink[1] + ink[3];
      data.fill(inside ? fg : bg, (y * width + x) * 4, (y * width + x) * 4 + 3);
      data[(y * width + x) * 4 + 3] = 255;
    }
  }
  return { width, height, data };
}

describe('cropScale', () => {
  it('enlarges small boxes to the target height, capped', () => {
    expect(cropScale(16)).toBe(4);
    expect(cropScale(3)).toBe(8);
    expect(cropScale(12, 48, 2)).toBe(2);
  });
  it('leaves mid-sized boxes and shrinks very tall ones to three times the target', () => {
    expect(cropScale(100)).toBe(1);
    expect(cropScale(384)).toBe(0.5);
  });
});

describe('cropLine', () => {
  it('inverts light-on-dark text and pads with white', () => {
    const img = image(100, 40, 0, 255, [20, 15, 30, 6]);
    const crop = cropLine(img, [10, 10, 60, 16], { targetHeight: 48, padding: 10 });
    expect(crop.scale).toBe(3);
    expect(crop.image.width).toBe(60 * 3 + 20);
    expect(crop.image.height).toBe(16 * 3 + 20);
    const at = (x: number, y: number) => crop.image.data[(y * crop.image.width + x) * 4]!;
    expect(at(0, 0)).toBe(255);
    expect(at(10 + 2, 10 + 2)).toBe(255);
    expect(at(10 + 25 * 3, 10 + 8 * 3)).toBe(0);
  });

  it('keeps dark-on-light text as it is', () => {
    const crop = cropLine(image(100, 40, 255, 0, [20, 15, 30, 6]), [10, 10, 60, 16]);
    expect(crop.image.data[((10 + 8 * 3) * crop.image.width + 10 + 25 * 3) * 4]).toBe(0);
  });

  it('maps word boxes back to image pixels', () => {
    const crop = cropLine(image(100, 40, 0, 255, [0, 0, 1, 1]), [10, 10, 60, 16], { targetHeight: 48, padding: 10 });
    expect(cropBoxToImage([10 + 30, 10 + 6, 90, 30], crop, [10, 10, 60, 16])).toEqual([20, 12, 30, 10]);
    expect(cropBoxToImage([0, 0, 1000, 1000], crop, [10, 10, 60, 16])).toEqual([10, 10, 60, 16]);
  });
});
