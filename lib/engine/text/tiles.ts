import type { Box } from '../report';

/** Tiling for large images, where one det pass at 960 px would shrink small overlay text away. */
export interface TileOptions {
  /** Tile images whose long side exceeds this (px). Default 1920. `Infinity` disables tiling. */
  tileAbove?: number;
  /** Side of a square tile in image pixels; each tile is run at the det limit. Default 1920. */
  tileSize?: number;
  /** Overlap between neighbouring tiles in image pixels. Default 160. */
  tileOverlap?: number;
}

function starts(length: number, tile: number, overlap: number): number[] {
  if (length <= tile) return [0];
  const n = Math.ceil((length - overlap) / (tile - overlap));
  const step = (length - tile) / (n - 1);
  return Array.from({ length: n }, (_, i) => Math.round(i * step));
}

/**
 * Regions to run the detector on: always the whole image, plus overlapping
 * tiles when the image is large.
 */
export function detRegions(width: number, height: number, options: TileOptions = {}): Box[] {
  const { tileAbove = 1920, tileSize = 1920, tileOverlap = 160 } = options;
  const regions: Box[] = [[0, 0, width, height]];
  if (Math.max(width, height) <= tileAbove) return regions;
  for (const y of starts(height, tileSize, tileOverlap)) {
    for (const x of starts(width, tileSize, tileOverlap)) {
      regions.push([x, y, Math.min(tileSize, width - x), Math.min(tileSize, height - y)]);
    }
  }
  return regions;
}
