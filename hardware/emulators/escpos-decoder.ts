import { type DotImage, decodeCodePage, type PrinterCodePage, unpackRaster } from './decode-bytes';

export type Align = 'left' | 'center' | 'right';

/** What a printer put on paper, in order: text lines (Unicode), images, QR codes and blank feed. */
export type PageItem =
  | { readonly kind: 'text'; readonly text: string; readonly align: Align; readonly bold: boolean; readonly size: number }
  | { readonly kind: 'image'; readonly bitmap: DotImage; readonly align: Align }
  | { readonly kind: 'qr'; readonly data: string; readonly cell: number; readonly align: Align }
  | { readonly kind: 'feed'; readonly dots: number };

export interface DecodedPage {
  readonly items: readonly PageItem[];
  /** The text lines, decoded back to Unicode through the selected code page. */
  readonly text: string;
  /** Bytes received for this page, commands included. */
  readonly bytes: number;
  /** False when the page ended without a cut (the connection dropped, or the data stopped). */
  readonly cut: boolean;
  /** Commands the emulator did not know, for tests and technicians (`ESC x`, `GS y`). */
  readonly unknown: readonly string[];
}

export interface DecoderOptions {
  readonly commandSet: 'epson' | 'star';
  /** What each `ESC t n` means on the emulated model (vendors number code pages differently). */
  readonly codePages: Readonly<Record<number, PrinterCodePage>>;
  /** Answers a real-time status request (`DLE EOT n`, `GS r n`); null when the model stays silent. */
  readonly status: (request: 'dle-eot' | 'gs-r', n: number) => number | null;
  readonly reply: (bytes: Buffer) => void;
  readonly onPage: (page: DecodedPage) => void;
}

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const DLE = 0x10;
const LF = 0x0a;
const VT = 0x0b;

/** `needs(n)` asks for n bytes from the command start; a command split across chunks waits. */
const MORE = Symbol('more');

function alignOf(n: number): Align {
  const v = n >= 48 ? n - 48 : n;
  return v === 1 ? 'center' : v === 2 ? 'right' : 'left';
}

/**
 * Decodes an ESC/POS (Epson) or Star Line Mode byte stream the way a receipt printer would
 * act on it: text back to Unicode through the selected code page, raster images, QR codes,
 * feeds and cuts, answering status requests as it goes. Incremental: feed it chunks as they come.
 */
export class EscPosDecoder {
  private pending = Buffer.alloc(0);
  private items: PageItem[] = [];
  private unknown: string[] = [];
  private line: number[] = [];
  private pageBytes = 0;
  private align: Align = 'left';
  private bold = false;
  private size = 1;
  private codePage: PrinterCodePage | null = null;
  private qrData = '';
  private qrCell = 3;
  private afterBand = false;

  constructor(private readonly options: DecoderOptions) {}

  push(chunk: Uint8Array): void {
    this.pending = this.pending.length ? Buffer.concat([this.pending, chunk]) : Buffer.from(chunk);
    let at = 0;
    while (at < this.pending.length) {
      const used = this.step(at);
      if (used === MORE) break;
      this.pageBytes += used;
      at += used;
    }
    this.pending = this.pending.subarray(at);
  }

  /** Ends the current page without a cut (the link went away): what was printed so far. */
  flush(): void {
    this.endLine(false);
    if (this.items.length) this.emit(false);
    this.pending = Buffer.alloc(0);
  }

  private reset(): void {
    this.align = 'left';
    this.bold = false;
    this.size = 1;
    this.codePage = null;
  }

  private emit(cut: boolean): void {
    const text = this.items
      .filter((i): i is Extract<PageItem, { kind: 'text' }> => i.kind === 'text')
      .map((i) => i.text)
      .join('\n');
    this.options.onPage({ items: this.items, text, bytes: this.pageBytes, cut, unknown: this.unknown });
    this.items = [];
    this.unknown = [];
    this.pageBytes = 0;
  }

  private endLine(force: boolean): void {
    if (!this.line.length && !force) return;
    const bytes = Uint8Array.from(this.line);
    const text = this.codePage ? decodeCodePage(bytes, this.codePage) : Buffer.from(bytes).toString('latin1');
    this.items.push({ kind: 'text', text, align: this.align, bold: this.bold, size: this.size });
    this.line = [];
  }

  private feed(dots: number): void {
    this.endLine(false);
    if (dots > 0) this.items.push({ kind: 'feed', dots });
  }

  private cut(): void {
    this.endLine(false);
    this.emit(true);
  }

  private byte(at: number): number | typeof MORE {
    return at < this.pending.length ? (this.pending[at] as number) : MORE;
  }

  private has(at: number, n: number): boolean {
    return at + n <= this.pending.length;
  }

  private step(at: number): number | typeof MORE {
    const b = this.pending[at] as number;
    const wasBand = this.afterBand;
    this.afterBand = false;
    if (b === LF || (b === VT && this.options.commandSet === 'star')) {
      // Star ends every image band with LF: that moves the paper by the band, it is no blank line.
      if (wasBand && !this.line.length) return 1;
      if (this.line.length) this.endLine(true);
      else this.items.push({ kind: 'feed', dots: 30 * this.size });
      return 1;
    }
    if (b === ESC) return this.options.commandSet === 'star' ? this.starEsc(at) : this.esc(at);
    if (b === GS) return this.gs(at);
    if (b === FS) return this.fs(at);
    if (b === DLE) return this.dle(at);
    if (b === 0x09) this.line.push(0x20);
    else if (b >= 0x20) this.line.push(b);
    return 1;
  }

  private dle(at: number): number | typeof MORE {
    const cmd = this.byte(at + 1);
    if (cmd === MORE) return MORE;
    if (cmd === 0x04) {
      const n = this.byte(at + 2);
      if (n === MORE) return MORE;
      const answer = this.options.status('dle-eot', n);
      if (answer !== null) this.options.reply(Buffer.from([answer]));
      return 3;
    }
    if (cmd === 0x05) return this.has(at, 3) ? 3 : MORE;
    if (cmd === 0x14) return this.has(at, 5) ? 5 : MORE;
    return 1;
  }

  private esc(at: number): number | typeof MORE {
    const cmd = this.byte(at + 1);
    if (cmd === MORE) return MORE;
    const n = this.byte(at + 2);
    const one = (apply: (v: number) => void): number | typeof MORE => {
      if (n === MORE) return MORE;
      apply(n);
      return 3;
    };
    switch (String.fromCharCode(cmd)) {
      case '@':
        this.endLine(false);
        this.reset();
        return 2;
      case 't':
        return one((v) => {
          this.codePage = this.options.codePages[v] ?? null;
        });
      case 'a':
        return one((v) => {
          this.align = alignOf(v);
        });
      case 'E':
      case 'G':
        return one((v) => {
          this.bold = (v & 1) === 1;
        });
      case '!':
        return one((v) => {
          this.bold = (v & 8) !== 0;
          this.size = v & 0x30 ? 2 : 1;
        });
      case 'd':
        return one((v) => this.feed(v * 30));
      case 'J':
        return one((v) => this.feed(v));
      case '-':
      case 'M':
      case 'R':
      case '{':
      case 'V':
      case 'r':
      case ' ':
      case '3':
      case '=':
      case 'e':
      case 'U':
        return one(() => undefined);
      case '2':
      case 'i':
      case 'm':
        if (cmd === 0x69 || cmd === 0x6d) this.cut();
        return 2;
      case '$':
      case '\\':
        return this.has(at, 4) ? 4 : MORE;
      case 'p':
      case 'B':
        return this.has(at, cmd === 0x70 ? 5 : 4) ? (cmd === 0x70 ? 5 : 4) : MORE;
      case 'c':
        return this.has(at, 4) ? 4 : MORE;
      case 'D': {
        const end = this.pending.indexOf(0, at + 2);
        return end < 0 ? MORE : end - at + 1;
      }
      case '*': {
        if (!this.has(at, 5)) return MORE;
        const m = this.pending[at + 2] as number;
        const len = ((this.pending[at + 3] as number) + (this.pending[at + 4] as number) * 256) * (m >= 32 ? 3 : 1);
        return this.has(at, 5 + len) ? 5 + len : MORE;
      }
      default:
        this.unknown.push(`ESC 0x${cmd.toString(16)}`);
        return 2;
    }
  }

  private fs(at: number): number | typeof MORE {
    const cmd = this.byte(at + 1);
    if (cmd === MORE) return MORE;
    if (cmd === 0x70) return this.has(at, 4) ? 4 : MORE;
    if (cmd === 0x43) return this.has(at, 3) ? 3 : MORE;
    return 2;
  }

  private gs(at: number): number | typeof MORE {
    const cmd = this.byte(at + 1);
    if (cmd === MORE) return MORE;
    const n = this.byte(at + 2);
    if (n === MORE) return MORE;
    switch (String.fromCharCode(cmd)) {
      case '!':
        this.size = Math.max((n >> 4) + 1, (n & 15) + 1);
        return 3;
      case 'V':
        this.cut();
        return n >= 65 ? (this.has(at, 4) ? 4 : MORE) : 3;
      case 'r': {
        const answer = this.options.status('gs-r', n);
        if (answer !== null) this.options.reply(Buffer.from([answer]));
        return 3;
      }
      case 'v':
        return this.raster(at);
      case '(':
        return this.gsParen(at);
      case 'L':
      case 'W':
      case 'P':
        return this.has(at, 4) ? 4 : MORE;
      case 'k': {
        if (n <= 6) {
          const end = this.pending.indexOf(0, at + 3);
          return end < 0 ? MORE : end - at + 1;
        }
        const len = this.byte(at + 3);
        return len === MORE ? MORE : this.has(at, 4 + len) ? 4 + len : MORE;
      }
      default:
        // GS B, H, f, h, w, a, b, I, / and the like take one parameter.
        return 3;
    }
  }

  private raster(at: number): number | typeof MORE {
    if (!this.has(at, 8)) return MORE;
    const p = this.pending;
    const bytesPerRow = (p[at + 4] as number) + (p[at + 5] as number) * 256;
    const rows = (p[at + 6] as number) + (p[at + 7] as number) * 256;
    const len = bytesPerRow * rows;
    if (!this.has(at, 8 + len)) return MORE;
    this.endLine(false);
    this.items.push({ kind: 'image', bitmap: unpackRaster(bytesPerRow, rows, p.subarray(at + 8, at + 8 + len)), align: this.align });
    return 8 + len;
  }

  private gsParen(at: number): number | typeof MORE {
    if (!this.has(at, 5)) return MORE;
    const p = this.pending;
    const fnGroup = p[at + 2] as number;
    const len = (p[at + 3] as number) + (p[at + 4] as number) * 256;
    if (!this.has(at, 5 + len)) return MORE;
    if (fnGroup === 0x6b && len >= 3 && p[at + 5] === 49) {
      const fn = p[at + 6] as number;
      if (fn === 67) this.qrCell = p[at + 7] as number;
      if (fn === 80) this.qrData = p.subarray(at + 8, at + 5 + len).toString('latin1');
      if (fn === 81) {
        this.endLine(false);
        this.items.push({ kind: 'qr', data: this.qrData, cell: this.qrCell, align: this.align });
      }
    }
    return 5 + len;
  }

  private starEsc(at: number): number | typeof MORE {
    const cmd = this.byte(at + 1);
    if (cmd === MORE) return MORE;
    const n = this.byte(at + 2);
    switch (cmd) {
      case 0x40: // ESC @
        this.endLine(false);
        this.reset();
        return 2;
      case 0x45: // ESC E bold on
      case 0x46: // ESC F bold off
        this.bold = cmd === 0x45;
        return 2;
      case 0x30: // ESC 0: line spacing 3 mm
      case 0x34:
      case 0x35:
        return 2;
      case 0x7a: // ESC z n
      case 0x2d: // ESC - n
        return n === MORE ? MORE : 3;
      case 0x64: // ESC d n: cut
        if (n === MORE) return MORE;
        this.cut();
        return 3;
      case 0x69: // ESC i n1 n2: character size
        if (!this.has(at, 4)) return MORE;
        this.size = Math.max((this.pending[at + 2] as number) + 1, (this.pending[at + 3] as number) + 1);
        return 4;
      case 0x6b: {
        // ESC k n1 n2 d: a 24-row image band, rows of n1 + n2 * 256 bytes.
        if (!this.has(at, 4)) return MORE;
        const bytesPerRow = (this.pending[at + 2] as number) + (this.pending[at + 3] as number) * 256;
        const len = bytesPerRow * 24;
        if (!this.has(at, 4 + len)) return MORE;
        this.endLine(false);
        this.items.push({
          kind: 'image',
          bitmap: unpackRaster(bytesPerRow, 24, this.pending.subarray(at + 4, at + 4 + len)),
          align: this.align,
        });
        this.afterBand = true;
        return 4 + len;
      }
      case 0x1e: // ESC RS F n: font
        return this.has(at, 4) ? 4 : MORE;
      case 0x07: // ESC BEL: drawer
        return this.has(at, 5) ? 5 : MORE;
      case 0x1d:
        return this.starEscGs(at);
      default:
        this.unknown.push(`ESC 0x${cmd.toString(16)}`);
        return 2;
    }
  }

  private starEscGs(at: number): number | typeof MORE {
    if (!this.has(at, 4)) return MORE;
    const p = this.pending;
    const cmd = p[at + 2] as number;
    if (cmd === 0x74) {
      this.codePage = this.options.codePages[p[at + 3] as number] ?? null;
      return 4;
    }
    if (cmd === 0x61) {
      this.align = alignOf(p[at + 3] as number);
      return 4;
    }
    if (cmd === 0x79) {
      // ESC GS y: QR code. S = settings (6 bytes), D 1 m nL nH data = store, P = print.
      const sub = p[at + 3] as number;
      if (sub === 0x53) {
        if (!this.has(at, 6)) return MORE;
        if (p[at + 4] === 0x32) this.qrCell = p[at + 5] as number;
        return 6;
      }
      if (sub === 0x44) {
        if (!this.has(at, 8)) return MORE;
        const len = (p[at + 6] as number) + (p[at + 7] as number) * 256;
        if (!this.has(at, 8 + len)) return MORE;
        this.qrData = p.subarray(at + 8, at + 8 + len).toString('latin1');
        return 8 + len;
      }
      if (sub === 0x50) {
        this.endLine(false);
        this.items.push({ kind: 'qr', data: this.qrData, cell: this.qrCell, align: this.align });
        return 4;
      }
    }
    this.unknown.push(`ESC GS 0x${cmd.toString(16)}`);
    return 4;
  }
}
