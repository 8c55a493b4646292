import { PNG } from 'pngjs';
import type { Bitmap } from './bitmap';

/**
 * A 1-bit bitmap as a greyscale PNG: inked dots in `ink` (0 = black), the rest white. The encoder
 * hands the printer library a PNG; the emulator's page preview draws its pages the same way.
 */
export function bitmapPng(bitmap: Bitmap, ink = 0): Buffer {
  const png = new PNG({ width: bitmap.width, height: bitmap.height });
  for (let i = 0; i < bitmap.dots.length; i++) {
    const v = bitmap.dots[i] ? ink : 255;
    png.data[i * 4] = v;
    png.data[i * 4 + 1] = v;
    png.data[i * 4 + 2] = v;
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png);
}
