import { describe, expect, it } from 'vitest';
import type { RgbaImage } from '../../../lib/engine/image';
import { boxesFromReport, paintedRuns, redactAndRecheck, redactPixels } from '../../../lib/engine/redact';
import { recheckRegions } from '../../../lib/engine/redact/recheck';
import type { Report } from '../../../lib/engine/report';
import { quadBounds, rectQuad } from '../../../lib/engine/text/geometry';
import type { TextDetectorRunner } from '../../../lib/engine/text/types';
import { pixel } from '../decode/fixtures';

const grey = (width: number, height: number): RgbaImage => ({ width, height, data: new Uint8ClampedArray(width * height * 4).fill(128) });
const black = [0, 0, 0, 255];

describe('rotated text lines', () => {
  const quad = rectQuad({ cx: 100, cy: 100, width: 120, height: 12, angle: (20 * Math.PI) / 180 });
  const box = quadBounds(quad);

  it('fills the outline with a margin across for ascenders and descenders, not the whole box around it', () => {
    const out = redactPixels(grey(200, 200), [{ box, kind: 'text', quad }], { marginPx: 0, lineMarginRatio: 0.25 });
    expect(pixel(out, 100, 100)).toEqual(black);
    // 8 px across the line (outline half-height 6 + 0.25 × 12 = 9): still painted.
    const a = (20 * Math.PI) / 180;
    expect(pixel(out, Math.round(100 - 8 * Math.sin(a)), Math.round(100 + 8 * Math.cos(a)))).toEqual(black);
    // A corner of the box around the tilted line is not part of the line.
    expect(pixel(out, box[0] + box[2] - 3, box[1] + 2)).toEqual([128, 128, 128, 128]);
    expect(pixel(out, box[0] + 2, box[1] + box[3] - 3)).toEqual([128, 128, 128, 128]);
  });

  it('carries the report quad into the redaction boxes', () => {
    const report = { faces: [], identifiers: [], text: [{ box, text: 'WALKER', quad }] } as unknown as Report;
    expect(boxesFromReport(report)).toEqual([{ box, kind: 'text', quad }]);
  });
});

describe('redactAndRecheck', () => {
  /** A detector that sees text at a fixed rectangle of the image, whatever region it is given. */
  function detectorAt(rect: [number, number, number, number], image: { width: number }) {
    const calls: [number, number][] = [];
    const runner: TextDetectorRunner = {
      async detect(_input, width, height) {
        calls.push([width, height]);
        const map = new Float32Array(width * height);
        // Regions are cut at their own origin; the test finds it from the call size.
        const [x, y, w, h] = rect;
        for (let j = y; j < y + h && j < height; j++) for (let i = x; i < x + w && i < width; i++) map[j * width + i] = 0.95;
        return map;
      },
    };
    void image;
    return { runner, calls };
  }

  it('looks again only around the paint and covers text there that still shows', async () => {
    const img = grey(400, 300);
    const { runner, calls } = detectorAt([20, 10, 40, 8], img);
    const { image, mask } = await redactAndRecheck(img, [[100, 100, 40, 10]], { marginPx: 2, textDetector: runner });
    expect(calls).toHaveLength(1);
    const [w, h] = calls[0]!;
    expect(w).toBeLessThan(200);
    expect(h).toBeLessThan(100);
    // The region starts 16 px before the paint (98 - 16 = 82, 98 - 16 = 82): the fake's text sits at (102, 92).
    expect(pixel(image, 110, 93)).toEqual(black);
    expect(mask[93 * 400 + 110]).toBe(1);
    expect(pixel(image, 300, 250)).toEqual([128, 128, 128, 128]);
  });

  it('leaves text that touches no paint for the user to keep', async () => {
    const img = grey(400, 300);
    const { runner } = detectorAt([0, 0, 6, 6], img);
    const { image } = await redactAndRecheck(img, [[100, 100, 40, 10]], { marginPx: 2, textDetector: runner });
    expect(pixel(image, 84, 84)).toEqual([128, 128, 128, 128]);
  });

  it('reports what it painted as row runs and joins nearby painted areas into one region', () => {
    const mask = new Uint8Array(100 * 50);
    for (let x = 10; x < 20; x++) mask[5 * 100 + x] = 1;
    expect(paintedRuns(mask, 100)).toEqual([[10, 5, 10, 1]]);
    for (let x = 30; x < 40; x++) mask[7 * 100 + x] = 1;
    expect(recheckRegions(mask, 100, 50)).toHaveLength(1);
  });
});
