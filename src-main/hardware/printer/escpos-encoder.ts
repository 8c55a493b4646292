import { PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import { type Bitmap, blankBitmap, blit, crop, inkColumns, inkRows } from './bitmap';
import { bitmapPng } from './bitmap-png';
import type { PrintDocument, PrintLine } from './print-document';
import type { PrinterProfile } from './printer-profile';
import { renderQr } from './raster-qr';
import { renderTextLines } from './raster-text';
import { encodeVietnamese } from './vietnamese-codepage';

type Align = 'left' | 'center' | 'right';
type TextLine = Extract<PrintLine, { kind: 'text' }>;

/** QR modules are drawn this many dots wide unless the document asks otherwise (0.6 mm: phones read it). */
const DEFAULT_QR_CELL = 5;
/** The white border a QR needs, in modules; it is fed as blank paper, not sent as image rows. */
const QR_QUIET_MODULES = 4;
/** A QR may take at most this share of the paper width, so it stays clear of the edges. */
const QR_MAX_SHARE = 0.8;

/** Words to lines of at most `width` characters (code-page mode, the printer's own font). */
function wrapChars(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.normalize('NFC').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if ([...candidate].length <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      let rest = [...word];
      while (rest.length > width) {
        lines.push(rest.slice(0, width).join(''));
        rest = rest.slice(width);
      }
      line = rest.join('');
    }
    lines.push(line);
  }
  return lines;
}

/** Bytes of a Star image: rows come in 24-row bands, each row in whole bytes. */
function starCost(width: number, height: number): number {
  return Math.ceil(height / 24) * 24 * Math.ceil(width / 8);
}

/** Whether adding a line to a block of lines costs fewer bytes than printing it on its own. */
function cheaperTogether(lines: readonly Bitmap[], next: Bitmap): boolean {
  const width = Math.max(...lines.map((l) => l.width));
  const height = lines.reduce((h, l) => h + l.height, 0);
  const apart = starCost(width, height) + starCost(next.width, next.height);
  return starCost(Math.max(width, next.width), height + next.height) <= apart;
}

/**
 * Star Line Mode QR (`ESC GS y`). node-thermal-printer 4.6.1 leaves out the `ESC GS y D 1 0`
 * header of the data command, so a Star printer would print the URL as text; built here instead.
 */
function starQr(data: string, cell: number): Buffer {
  const bytes = Buffer.from(data, 'ascii');
  const prefix = [0x1b, 0x1d, 0x79];
  return Buffer.concat([
    Buffer.from([...prefix, 0x53, 0x30, 0x02]), // model 2
    Buffer.from([...prefix, 0x53, 0x31, 0x01]), // error correction M
    Buffer.from([...prefix, 0x53, 0x32, cell]),
    Buffer.from([...prefix, 0x44, 0x31, 0x00, bytes.length & 0xff, bytes.length >> 8]),
    bytes,
    Buffer.from([...prefix, 0x50]), // print
  ]);
}

/**
 * Turns a device-independent document into the bytes of one printer model. Commands come from
 * node-thermal-printer (Epson and Star command sets); text goes out either as bytes of the
 * model's Vietnamese code page or as 1-bit images drawn with the bundled font.
 */
export class EscPosEncoder {
  private readonly p: ThermalPrinter;
  /** Star prints images in 24-row bands: text lines go out together so no band is half empty. */
  private block: { align: Align; lines: Bitmap[] } | null = null;

  constructor(private readonly profile: PrinterProfile) {
    this.p = new ThermalPrinter({
      type: profile.commandSet === 'star' ? PrinterTypes.STAR : PrinterTypes.EPSON,
      // Commands are only built here; the kiosk's own links send them (and wait for the drain).
      interface: '',
      width: profile.charsPerLine,
    });
  }

  async encode(doc: PrintDocument): Promise<Buffer> {
    this.p.clear();
    this.p.add(Buffer.from([0x1b, 0x40])); // ESC @: the same reset in both command sets
    if (this.profile.text.mode === 'codepage') this.selectCodePage(this.profile.text.escT);
    for (const line of doc.lines) {
      if (line.kind !== 'text') await this.flushBlock();
      await this.line(line);
    }
    await this.flushBlock();
    return Buffer.from(this.p.getBuffer());
  }

  private selectCodePage(n: number): void {
    // node-thermal-printer's own code-page table assumes Epson's numbers; models differ, so the
    // profile's `ESC t n` is sent as is.
    this.p.add(Buffer.from(this.profile.commandSet === 'star' ? [0x1b, 0x1d, 0x74, n] : [0x1b, 0x74, n]));
  }

  private async line(line: PrintLine): Promise<void> {
    switch (line.kind) {
      case 'text':
        if (this.profile.text.mode === 'codepage') this.codePageText(line, this.profile.text.codePage);
        else await this.rasterText(line);
        return;
      case 'qr':
        await this.qr(line.data, line.cellSize ?? DEFAULT_QR_CELL);
        return;
      case 'rule':
        await this.rule();
        return;
      case 'feed':
        for (let i = 0; i < Math.min(Math.max(line.lines ?? 1, 1), 20); i++) this.p.newLine();
        return;
      case 'cut':
        if (this.profile.cutter) this.p.partialCut();
        else for (let i = 0; i < 4; i++) this.p.newLine();
        return;
      default:
        throw new Error(`unhandled print line ${(line as { kind: string }).kind}`);
    }
  }

  private align(align: Align): void {
    if (align === 'center') this.p.alignCenter();
    else if (align === 'right') this.p.alignRight();
    else this.p.alignLeft();
  }

  private codePageText(line: TextLine, page: 'cp1258' | 'tcvn3' | 'viscii'): void {
    const size = line.size ?? 1;
    this.align(line.align ?? 'left');
    this.p.bold(line.bold === true);
    if (size === 1) this.p.setTextNormal();
    else if (this.profile.commandSet === 'star') this.p.setTextQuadArea();
    else this.p.setTextSize(size - 1, size - 1);
    for (const text of wrapChars(line.text, Math.floor(this.profile.charsPerLine / size))) {
      this.p.add(encodeVietnamese(text, page));
      this.p.newLine();
    }
    if (size !== 1) this.p.setTextNormal();
    if (line.bold) this.p.bold(false);
  }

  private async rasterText(line: TextLine): Promise<void> {
    const align = line.align ?? 'left';
    const width = this.profile.paperWidthDots;
    for (const bitmap of renderTextLines(line.text, width, { size: line.size ?? 1, bold: line.bold === true })) {
      const ink = inkColumns(bitmap);
      if (this.profile.commandSet === 'star') {
        const cropped = ink ? crop(bitmap, align === 'left' ? 0 : ink.left, ink.right - (align === 'left' ? 0 : ink.left) + 1) : bitmap;
        if (this.block && (this.block.align !== align || !cheaperTogether(this.block.lines, cropped))) await this.flushBlock();
        this.block ??= { align, lines: [] };
        this.block.lines.push(cropped);
        continue;
      }
      if (!ink) {
        this.p.newLine();
        continue;
      }
      await this.image(this.placed(bitmap, ink, align), align, true);
    }
  }

  /** Stacks the waiting lines into one image, each placed by its alignment within the widest. */
  private async flushBlock(): Promise<void> {
    const block = this.block;
    this.block = null;
    if (!block?.lines.length) return;
    const width = Math.min((Math.max(...block.lines.map((l) => l.width)) + 7) & ~7, this.profile.paperWidthDots);
    const height = block.lines.reduce((h, l) => h + l.height, 0);
    const merged = blankBitmap(width, height);
    let y = 0;
    for (const line of block.lines) {
      const x = block.align === 'center' ? Math.floor((width - line.width) / 2) : block.align === 'right' ? width - line.width : 0;
      blit(merged, line, x, y);
      y += line.height;
    }
    await this.image(merged, block.align);
  }

  /** Crops a full-width line to its ink, in whole bytes, keeping its place when the profile pads. */
  private placed(bitmap: Bitmap, ink: { left: number; right: number }, align: Align): Bitmap {
    const padded = this.profile.text.mode === 'raster' && this.profile.text.align === 'pad';
    const left = align === 'left' || padded ? 0 : ink.left & ~7;
    const right = ink.right;
    let width = (right - left + 8) & ~7;
    if (padded && align !== 'left') {
      const inkWidth = ink.right - ink.left + 1;
      const offset = align === 'center' ? Math.floor((bitmap.width - inkWidth) / 2) : bitmap.width - inkWidth;
      width = Math.min(bitmap.width, (offset + inkWidth + 7) & ~7);
      const moved = blankBitmap(width, bitmap.height);
      const source = crop(bitmap, ink.left, inkWidth);
      for (let y = 0; y < bitmap.height; y++) moved.dots.set(source.dots.subarray(y * inkWidth, (y + 1) * inkWidth), y * width + offset);
      return moved;
    }
    return crop(bitmap, left, width);
  }

  /**
   * Sends a 1-bit image. With `trim`, blank rows above and below are fed as paper instead of
   * sent as data (Epson's `ESC J n`): most of a text line is white, and a receipt must stay small.
   */
  private async image(bitmap: Bitmap, align: Align, trim = false): Promise<void> {
    let image = bitmap;
    let above = 0;
    let below = 0;
    if (trim && this.profile.commandSet === 'epson') {
      const rows = inkRows(bitmap);
      if (rows) {
        above = rows.top;
        below = bitmap.height - rows.bottom - 1;
        image = {
          width: bitmap.width,
          height: rows.bottom - rows.top + 1,
          dots: bitmap.dots.subarray(rows.top * bitmap.width, (rows.bottom + 1) * bitmap.width),
        };
      }
    }
    this.feedDots(above);
    this.align(align);
    await this.p.printImageBuffer(bitmapPng(image));
    this.p.alignLeft();
    this.feedDots(below);
  }

  private feedDots(dots: number): void {
    if (dots <= 0) return;
    if (this.profile.commandSet === 'epson') this.p.add(Buffer.from([0x1b, 0x4a, Math.min(dots, 255)]));
  }

  private async qr(data: string, cellSize: number): Promise<void> {
    // node-thermal-printer counts QR data in characters, not bytes: only plain ASCII goes native.
    const native = this.profile.qr === 'native' && /^[\x20-\x7e]*$/.test(data);
    if (native) {
      const cell = Math.min(Math.max(Math.round(cellSize), 1), 8);
      this.p.alignCenter();
      if (this.profile.commandSet === 'star') this.p.add(starQr(data, cell));
      else this.p.printQR(data, { cellSize: cell, correction: 'M', model: 2 });
      this.p.newLine();
      this.p.alignLeft();
      return;
    }
    let cell = Math.max(Math.round(cellSize), 2);
    const quiet = this.profile.commandSet === 'epson' ? 0 : QR_QUIET_MODULES;
    let bitmap = renderQr(data, cell, quiet);
    while (bitmap.width > this.profile.paperWidthDots * QR_MAX_SHARE && cell > 2) bitmap = renderQr(data, --cell, quiet);
    const width = (bitmap.width + 7) & ~7;
    const margin = (QR_QUIET_MODULES - quiet) * cell;
    this.feedDots(margin);
    await this.image(width === bitmap.width ? bitmap : crop(bitmap, 0, width), 'center');
    this.feedDots(margin);
  }

  private async rule(): Promise<void> {
    // A Star image is at least a 24-row band (1.7 KB for a hairline): a row of ASCII dashes,
    // which every printer's own font has, is as clear and a hundred times smaller.
    if (this.profile.text.mode === 'codepage' || this.profile.commandSet === 'star') {
      this.p.alignLeft();
      this.p.drawLine('-');
      return;
    }
    const bitmap = blankBitmap(this.profile.paperWidthDots, 12);
    bitmap.dots.fill(1, 5 * bitmap.width, 7 * bitmap.width);
    await this.image(bitmap, 'left', true);
  }
}
