import type { Box } from '../report';

/** Tiling for large images, where one det pass at 960 px would shrink small overlay text away. */
export interface TileOptions {
  /** Tile images whose long side exceeds this (px). Default 1920. `Infinity` disables tiling. */
  tileAbove?: number;
  /** Longest side of a tile in image pixels (tiles split the image evenly); each is run at `tileInputSize / tileSize` scale. Default 1920. */
  tileSize?: number;
  /** Overlap between neighbouring tiles in image pixels. Default 160. */
  tileOverlap?: number;
}

/**
 * Starts and length of the fewest windows of at most `tile` that cover [0, length) with at least
 * `overlap` shared by neighbours, all the same length: evenly split, so a 4000 px side takes three
 * windows of 1440 rather than three of 1920 that overlap by a third.
 */
function windows(length: number, tile: number, overlap: number): { starts: number[]; size: number } {
  if (length <= tile) return { starts: [0], size: length };
  const n = Math.ceil((length - overlap) / (tile - overlap));
  const size = Math.min(tile, Math.ceil((length + (n - 1) * overlap) / n));
  const step = (length - size) / (n - 1);
  return { starts: Array.from({ length: n }, (_, i) => Math.round(i * step)), size };
}

/**
 * Regions to run the detector on: always the whole image, plus overlapping
 * tiles of at most `tileSize` when the image is large.
 */
export function detRegions(width: number, height: number, options: TileOptions = {}): Box[] {
  const { tileAbove = 1920, tileSize = 1920, tileOverlap = 160 } = options;
  const regions: Box[] = [[0, 0, width, height]];
  if (Math.max(width, height) <= tileAbove) return regions;
  const across = windows(width, tileSize, tileOverlap), down = windows(height, tileSize, tileOverlap);
  for (const y of down.starts) {
    for (const x of across.starts) regions.push([x, y, Math.min(across.size, width - x), Math.min(down.size, height - y)]);
  }
  return regions;
}
