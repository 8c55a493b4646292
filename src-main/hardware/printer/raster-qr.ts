import QRCode from 'qrcode';
import { type Bitmap, blankBitmap } from './bitmap';

/**
 * A QR code as a 1-bit image, `cell` dots per module, with `quiet` modules of white border
 * (scanners need 4; a printer can feed blank paper for it instead).
 */
export function renderQr(data: string, cell: number, quiet = 4): Bitmap {
  const qr = QRCode.create(data, { errorCorrectionLevel: 'M' });
  const modules = qr.modules.size;
  const side = (modules + quiet * 2) * cell;
  const bitmap = blankBitmap(side, side);
  for (let my = 0; my < modules; my++) {
    for (let mx = 0; mx < modules; mx++) {
      if (!qr.modules.get(my, mx)) continue;
      for (let y = 0; y < cell; y++) {
        const row = ((my + quiet) * cell + y) * side;
        for (let x = 0; x < cell; x++) bitmap.dots[row + (mx + quiet) * cell + x] = 1;
      }
    }
  }
  return bitmap;
}
