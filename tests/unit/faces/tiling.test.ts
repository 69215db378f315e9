import { describe, expect, it } from 'vitest';
import { DEFAULT_FACE_OPTIONS, MIN_FACE_MODEL_PX, planFaceRuns, resolveFaceOptions, type FaceRun } from '../../../lib/engine/faces';
import { SMALL_IMAGE_FACE_MODEL_PX } from '../../../lib/engine/faces/tiling';

const plan = (w: number, h: number, o = {}) => planFaceRuns(w, h, resolveFaceOptions(o));
const covers = (runs: FaceRun[], w: number, h: number, face: number): boolean =>
  // Some tile, at the finest level, holds the whole face box at every position (checked on a grid).
  Array.from({ length: Math.ceil((w - face) / 17) }, (_, i) => i * 17).every((x) =>
    Array.from({ length: Math.ceil((h - face) / 17) }, (_, j) => j * 17).every((y) =>
      runs.some((r) => r.rect.x <= x && r.rect.y <= y && r.rect.x + r.rect.width >= x + face && r.rect.y + r.rect.height >= y + face)));

describe('planFaceRuns', () => {
  it('small images get one full-range and one short-range pass over the whole image, and enlarged tiles for small faces', () => {
    const runs = plan(500, 400);
    expect(runs.slice(0, 2)).toEqual([
      { model: 'full', rect: { x: 0, y: 0, width: 500, height: 400 }, level: 0 },
      { model: 'short', rect: { x: 0, y: 0, width: 500, height: 400 }, level: 0 },
    ]);
    const tiles = runs.slice(2);
    expect(tiles.length).toBeGreaterThan(4);
    for (const t of tiles) {
      expect(t).toMatchObject({ model: 'full', level: 1 });
      expect(t.rect.x + t.rect.width).toBeLessThanOrEqual(500);
      expect(t.rect.y + t.rect.height).toBeLessThanOrEqual(400);
    }
    // A 16 px face is SMALL_IMAGE_FACE_MODEL_PX model pixels in an enlarged tile, and one tile holds it wherever it is.
    expect((16 * 192) / tiles[0]!.rect.width).toBeCloseTo(SMALL_IMAGE_FACE_MODEL_PX, 0);
    expect(covers(tiles, 500, 400, 20)).toBe(true);
    expect(plan(500, 400, { minSmallImageFaceSize: Infinity })).toEqual(runs.slice(0, 2));
    expect(plan(500, 400, { useShortRange: false, minSmallImageFaceSize: Infinity })).toHaveLength(1);
    // An image hardly larger than one enlarged tile needs none: the whole-image pass already sees it at that scale.
    expect(plan(160, 120)).toHaveLength(2);
    // Never more runs than maxRuns, even when tiling is turned off for a large image.
    expect(plan(4032, 3024, { tileFromLongSide: Infinity })).toHaveLength(2);
  });

  it('large images add full-range tiles that stay inside the image and cover it at every level', () => {
    const runs = plan(4032, 3024);
    const tiles = runs.filter((r) => r.level > 0);
    expect(tiles.length).toBeGreaterThan(50);
    expect(runs.length).toBeLessThanOrEqual(DEFAULT_FACE_OPTIONS.maxRuns);
    for (const t of tiles) {
      expect(t.model).toBe('full');
      expect(t.rect.x + t.rect.width).toBeLessThanOrEqual(4032);
      expect(t.rect.y + t.rect.height).toBeLessThanOrEqual(3024);
    }
    const finest = Math.max(...tiles.map((t) => t.level));
    const finestTiles = tiles.filter((t) => t.level === finest);
    // A 30 px face is ≥ MIN_FACE_MODEL_PX pixels once a finest tile is scaled to 192.
    expect((30 * 192) / finestTiles[0]!.rect.width).toBeGreaterThanOrEqual(MIN_FACE_MODEL_PX - 0.1);
    expect(covers(finestTiles, 4032, 3024, 40)).toBe(true);
  });

  it('starts tiling at tileFromLongSide', () => {
    const tileWidths = (runs: FaceRun[]) => new Set(runs.filter((r) => r.level > 0).map((r) => r.rect.width));
    expect(tileWidths(plan(599, 400))).toEqual(new Set([128]));
    expect(Math.min(...tileWidths(plan(600, 400)))).toBeGreaterThanOrEqual(192);
    expect(plan(2000, 1000, { tileFromLongSide: Infinity }).filter((r) => r.level === 0)).toHaveLength(2);
  });

  it('drops the finest levels first to respect maxRuns', () => {
    const all = plan(4032, 3024);
    const capped = plan(4032, 3024, { maxRuns: 20 });
    expect(capped.length).toBeLessThanOrEqual(20);
    const maxLevel = (runs: FaceRun[]) => Math.max(...runs.map((r) => r.level));
    expect(maxLevel(capped)).toBeLessThan(maxLevel(all));
    expect(capped.filter((r) => r.level === 0)).toHaveLength(2);
  });
});

describe('resolveFaceOptions', () => {
  it('applies documented defaults and ignores undefined fields', () => {
    expect(resolveFaceOptions({ minScore: undefined })).toEqual(DEFAULT_FACE_OPTIONS);
    expect(DEFAULT_FACE_OPTIONS.minScore).toBe(0.55);
    expect(DEFAULT_FACE_OPTIONS.nmsIou).toBe(0.3);
  });

  it('rejects nonsense', () => {
    expect(() => resolveFaceOptions({ minScore: 2 })).toThrow(RangeError);
    expect(() => resolveFaceOptions({ nmsIou: 0 })).toThrow(RangeError);
    expect(() => resolveFaceOptions({ tileOverlap: 0.95 })).toThrow(RangeError);
  });
});
