import iconv from 'iconv-lite';

/*
 * The emulator is the oracle the printing tests check production against, so it reads bytes on
 * its own: nothing here comes from src-main (a lint rule keeps it so). The code page tables are
 * iconv-lite's; production's encoder adds its own rules on top of them (split tone marks,
 * stand-ins, capitals moved off control bytes), and those are what this side must not share.
 */

/** The Vietnamese code pages the emulated printers know. */
export type PrinterCodePage = 'cp1258' | 'tcvn3' | 'viscii';

const ICONV_NAMES: Readonly<Record<PrinterCodePage, string>> = { cp1258: 'windows1258', tcvn3: 'tcvn', viscii: 'viscii' };

/** Bytes as a printer with this code page shows them, in Unicode NFC. */
export function decodeCodePage(bytes: Uint8Array, page: PrinterCodePage): string {
  return iconv.decode(Buffer.from(bytes), ICONV_NAMES[page]).normalize('NFC');
}

/** A 1-bit image as printed: one byte per dot (1 = black), rows top to bottom. */
export interface DotImage {
  readonly width: number;
  readonly height: number;
  readonly dots: Uint8Array;
}

/** ESC/POS raster rows (8 dots a byte, most significant bit leftmost) as dots. */
export function unpackRaster(bytesPerRow: number, height: number, data: Uint8Array): DotImage {
  const width = bytesPerRow * 8;
  const dots = new Uint8Array(width * height);
  data.subarray(0, bytesPerRow * height).forEach((byte, i) => {
    const row = Math.floor(i / bytesPerRow);
    const firstColumn = (i % bytesPerRow) * 8;
    for (let bit = 0; bit < 8; bit++) if (byte & (0x80 >> bit)) dots[row * width + firstColumn + bit] = 1;
  });
  return { width, height, dots };
}
