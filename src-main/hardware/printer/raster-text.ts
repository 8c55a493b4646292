import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { assetPath } from './assets';
import { type Bitmap, blankBitmap } from './bitmap';

const FAMILY = 'KioskReceiptSans';
let fontsLoaded = false;

/**
 * Noto Sans is bundled in `assets/fonts/` so receipts look the same on every kiosk, whatever
 * fonts the system has: it has every precomposed Vietnamese letter, and Skia places stacked
 * marks right even when the text arrives decomposed.
 */
function ensureFonts(): void {
  if (fontsLoaded) return;
  for (const file of ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf']) {
    if (!GlobalFonts.registerFromPath(assetPath(`fonts/${file}`), FAMILY)) throw new Error(`cannot load font ${file}`);
  }
  fontsLoaded = true;
}

/** Font size in dots for each text size at 203 dpi: about 3 mm, 4.5 mm and 8 mm tall letters. */
const FONT_DOTS: Record<1 | 2 | 3, number> = { 1: 26, 2: 38, 3: 72 };
/** Room above and below the letters for stacked Vietnamese marks (Ễ, Ự) and descenders. */
const LINE_FACTOR = 1.42;
const BASELINE_FACTOR = 1.08;

export interface TextStyle {
  readonly size: 1 | 2 | 3;
  readonly bold: boolean;
  /** Shrink the font until the text fits on one line instead of wrapping (previews of printed lines). */
  readonly fit?: boolean;
}

function setFont(ctx: SKRSContext2D, style: TextStyle, dots = FONT_DOTS[style.size]): void {
  ctx.font = `${style.bold ? 'bold ' : ''}${dots}px ${FAMILY}`;
}

/** Splits text into lines no wider than `width` dots, by words, breaking a word only when it must. */
function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (ctx.measureText(candidate).width <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = '';
      let rest = word;
      while (ctx.measureText(rest).width > width) {
        const chars = [...rest];
        let n = chars.length - 1;
        while (n > 1 && ctx.measureText(chars.slice(0, n).join('')).width > width) n--;
        lines.push(chars.slice(0, n).join(''));
        rest = chars.slice(n).join('');
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Draws text as 1-bit line images, `width` dots wide, one image per printed line. Letters are
 * drawn anti-aliased and thresholded, which keeps thin strokes and marks on thermal paper.
 */
export function renderTextLines(text: string, width: number, style: TextStyle): Bitmap[] {
  ensureFonts();
  let fontDots = FONT_DOTS[style.size];
  const measure = createCanvas(8, 8).getContext('2d');
  setFont(measure, style);
  if (style.fit) {
    while (fontDots > 8 && measure.measureText(text).width > width) setFont(measure, style, --fontDots);
  }
  const lineHeight = Math.ceil(fontDots * LINE_FACTOR);
  const lines = style.fit ? [text.normalize('NFC')] : wrap(measure, text.normalize('NFC'), width);
  return lines.map((line) => {
    const canvas = createCanvas(width, lineHeight);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, lineHeight);
    ctx.fillStyle = '#000';
    setFont(ctx, style, fontDots);
    ctx.textBaseline = 'alphabetic';
    ctx.fillText(line, 0, Math.round(fontDots * BASELINE_FACTOR));
    const rgba = ctx.getImageData(0, 0, width, lineHeight).data;
    const bitmap = blankBitmap(width, lineHeight);
    for (let i = 0; i < bitmap.dots.length; i++) bitmap.dots[i] = (rgba[i * 4] ?? 255) < 128 ? 1 : 0;
    return bitmap;
  });
}
