import { describe, expect, it } from 'vitest';
import { decodeDetections, FACE_MODEL_SPECS, faceAnchors, sigmoid } from '../../../lib/engine/faces';

describe('faceAnchors', () => {
  it('matches the SSD anchor layout of each model', () => {
    const short = faceAnchors('short');
    expect(short.length).toBe(896 * 2);
    // First anchor: stride-8 grid (16×16), cell (0,0); two anchors per cell share a centre.
    expect([short[0], short[1], short[2], short[3]]).toEqual([0.5 / 16, 0.5 / 16, 0.5 / 16, 0.5 / 16]);
    // Anchor 512 starts the stride-16 grid (8×8, six per cell).
    expect([short[1024], short[1025]]).toEqual([0.5 / 8, 0.5 / 8]);
    expect([short[1024 + 12], short[1025 + 12]]).toEqual([1.5 / 8, 0.5 / 8]);
    const full = faceAnchors('full');
    expect(full.length).toBe(2304 * 2);
    expect([full[2 * 49], full[2 * 49 + 1]]).toEqual([Math.fround(1.5 / 48), Math.fround(1.5 / 48)]);
  });
});

describe('sigmoid', () => {
  it('is the logistic function, clipped at ±100', () => {
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(Math.log(3))).toBeCloseTo(0.75, 12);
    expect(sigmoid(-1e6)).toBeGreaterThan(0);
    expect(sigmoid(1e6)).toBe(1);
  });
});

describe('decodeDetections', () => {
  const spec = FACE_MODEL_SPECS.full;
  const raw = () => ({ scores: new Float32Array(spec.anchorCount).fill(-10), boxes: new Float32Array(spec.anchorCount * 16) });

  it('decodes centre offsets, size and keypoints relative to the anchor, scaled by the input size', () => {
    const { scores, boxes } = raw();
    const i = 48 * 10 + 20; // row 10, column 20
    scores[i] = 2;
    boxes.set([19.2, -9.6, 38.4, 57.6, 0, 0, 9.6, 0, 0, 9.6, 0, 0, 0, 0, 0, 0], i * 16);
    const [d, ...rest] = decodeDetections('full', scores, boxes, 0.5);
    expect(rest).toEqual([]);
    const cx = 20.5 / 48 + 0.1, cy = 10.5 / 48 - 0.05;
    expect(d!.x0).toBeCloseTo(cx - 0.1, 6);
    expect(d!.x1).toBeCloseTo(cx + 0.1, 6);
    expect(d!.y0).toBeCloseTo(cy - 0.15, 6);
    expect(d!.y1).toBeCloseTo(cy + 0.15, 6);
    expect(d!.score).toBeCloseTo(sigmoid(2), 6);
    expect(d!.keypoints[0]).toBeCloseTo(20.5 / 48, 6);
    expect(d!.keypoints[2]).toBeCloseTo(20.5 / 48 + 0.05, 6);
    expect(d!.keypoints[5]).toBeCloseTo(10.5 / 48 + 0.05, 6);
  });

  it('drops low scores and degenerate boxes', () => {
    const { scores, boxes } = raw();
    scores[0] = 0.1; // sigmoid ≈ 0.525
    scores[1] = 5;
    boxes.set([0, 0, 10, 10], 0);
    boxes.set([0, 0, 0, 10], 16); // zero width
    expect(decodeDetections('full', scores, boxes, 0.5)).toHaveLength(1);
    expect(decodeDetections('full', scores, boxes, 0.6)).toHaveLength(0);
  });

  it('rejects outputs of the wrong size', () => {
    expect(() => decodeDetections('short', new Float32Array(10), new Float32Array(160), 0.5)).toThrow(/output sizes/);
  });
});
