/** Decoded pixels, RGBA 8-bit, row-major, after EXIF orientation. Same layout as ImageData. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}
