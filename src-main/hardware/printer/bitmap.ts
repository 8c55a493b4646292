/** A 1-bit image: one byte per dot (1 = black), rows top to bottom. */
export interface Bitmap {
  readonly width: number;
  readonly height: number;
  readonly dots: Uint8Array;
}

export function blankBitmap(width: number, height: number): Bitmap {
  return { width, height, dots: new Uint8Array(width * height) };
}

/** Rows packed 8 dots a byte, most significant bit leftmost: the layout of ESC/POS raster data. */
export function packRows(bitmap: Bitmap): { bytesPerRow: number; data: Buffer } {
  const bytesPerRow = Math.ceil(bitmap.width / 8);
  const data = Buffer.alloc(bytesPerRow * bitmap.height);
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      const i = y * bytesPerRow + (x >> 3);
      if (bitmap.dots[y * bitmap.width + x]) data[i] = (data[i] ?? 0) | (0x80 >> (x & 7));
    }
  }
  return { bytesPerRow, data };
}

/** The columns that hold ink, widened to whole bytes so nothing is cut by packing. */
export function inkColumns(bitmap: Bitmap): { left: number; right: number } | null {
  let left = bitmap.width;
  let right = -1;
  for (let y = 0; y < bitmap.height; y++) {
    const row = y * bitmap.width;
    for (let x = 0; x < bitmap.width; x++) {
      if (bitmap.dots[row + x]) {
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  return right < 0 ? null : { left, right };
}

/** The first and last rows that hold ink. */
export function inkRows(bitmap: Bitmap): { top: number; bottom: number } | null {
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < bitmap.height; y++) {
    const row = bitmap.dots.subarray(y * bitmap.width, (y + 1) * bitmap.width);
    if (row.includes(1)) {
      if (top < 0) top = y;
      bottom = y;
    }
  }
  return top < 0 ? null : { top, bottom };
}

export function crop(bitmap: Bitmap, left: number, width: number): Bitmap {
  const out = blankBitmap(width, bitmap.height);
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < width; x++) {
      const sx = left + x;
      if (sx >= 0 && sx < bitmap.width) out.dots[y * width + x] = bitmap.dots[y * bitmap.width + sx] ?? 0;
    }
  }
  return out;
}

/** Copies `src` into `dest` at (x, y); dots outside `dest` are dropped. */
export function blit(dest: Bitmap, src: Bitmap, x: number, y: number): void {
  for (let sy = 0; sy < src.height; sy++) {
    const dy = y + sy;
    if (dy < 0 || dy >= dest.height) continue;
    for (let sx = 0; sx < src.width; sx++) {
      const dx = x + sx;
      if (dx < 0 || dx >= dest.width) continue;
      if (src.dots[sy * src.width + sx]) dest.dots[dy * dest.width + dx] = 1;
    }
  }
}
