import { type Bitmap, blankBitmap, blit } from '../../src-main/hardware/printer/bitmap';
import { bitmapPng } from '../../src-main/hardware/printer/bitmap-png';
import { renderQr } from '../../src-main/hardware/printer/raster-qr';
import { renderTextLines } from '../../src-main/hardware/printer/raster-text';
import type { Align, DecodedPage } from './escpos-decoder';

const MARGIN = 16;
/** The preview's ink: a near-black, as thermal paper shows it. */
const PREVIEW_INK = 20;

function x(align: Align, paper: number, width: number): number {
  if (align === 'center') return Math.max(0, Math.floor((paper - width) / 2));
  if (align === 'right') return Math.max(0, paper - width);
  return 0;
}

/**
 * Draws a decoded page as the paper would look: text in the printer's place (drawn with the
 * bundled font), images dot for dot, QR codes from their data, blank feed as white paper.
 */
export function renderPage(page: DecodedPage, paperWidthDots: number): Bitmap {
  const parts: { bitmap: Bitmap; left: number }[] = [];
  for (const item of page.items) {
    if (item.kind === 'feed') parts.push({ bitmap: blankBitmap(1, Math.min(item.dots, 2000)), left: 0 });
    else if (item.kind === 'image') parts.push({ bitmap: item.bitmap, left: x(item.align, paperWidthDots, item.bitmap.width) });
    else if (item.kind === 'qr') {
      const qr = renderQr(item.data || ' ', Math.max(item.cell, 1), 4);
      parts.push({ bitmap: qr, left: x(item.align, paperWidthDots, qr.width) });
    } else {
      const size = Math.min(Math.max(item.size, 1), 3) as 1 | 2 | 3;
      for (const line of renderTextLines(item.text || ' ', paperWidthDots, { size, bold: item.bold, fit: true })) {
        let right = 0;
        for (let i = 0; i < line.dots.length; i++) if (line.dots[i]) right = Math.max(right, i % line.width);
        parts.push({ bitmap: line, left: x(item.align, paperWidthDots, right + 1) });
      }
    }
  }
  const height = parts.reduce((h, p) => h + p.bitmap.height, 0) + MARGIN * 2;
  const out = blankBitmap(paperWidthDots + MARGIN * 2, height);
  let y = MARGIN;
  for (const part of parts) {
    blit(out, part.bitmap, MARGIN + part.left, y);
    y += part.bitmap.height;
  }
  return out;
}

export function pagePng(page: DecodedPage, paperWidthDots: number): Buffer {
  return bitmapPng(renderPage(page, paperWidthDots), PREVIEW_INK);
}
