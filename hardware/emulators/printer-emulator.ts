import { createServer, type Server, type Socket } from 'node:net';
import { PrinterProfile } from '../../src-main/hardware/printer/printer-profile';
import type { VietCodePage } from '../../src-main/hardware/printer/vietnamese-codepage';
import { type DecodedPage, EscPosDecoder } from './escpos-decoder';
import { pagePng } from './page-renderer';
import { ptyToStdio, type SocatProcess } from './socat';

type Listener = (page: DecodedPage) => void;

/** The `ESC t n` numbers the emulated model understands: its profile's, plus Epson's usual ones. */
function codePagesOf(profile: PrinterProfile): Record<number, VietCodePage> {
  const pages: Record<number, VietCodePage> = profile.commandSet === 'epson' ? { 52: 'cp1258', 30: 'tcvn3' } : {};
  if (profile.text.mode === 'codepage') pages[profile.text.escT] = profile.text.codePage;
  return pages;
}

/**
 * An ESC/POS (or Star) receipt printer that decodes what it receives into pages (Unicode text,
 * images, QR codes) and PNG previews, answers real-time status, and can run out of paper, have
 * its cover opened, or lose its cable, on TCP (port 9100 style) or on a pseudo-terminal.
 */
export class PrinterEmulator {
  readonly pages: DecodedPage[] = [];
  received = 0;
  paper = true;
  coverOpen = false;
  private readonly listeners = new Set<Listener>();
  private readonly byteListeners = new Set<(chunk: Buffer) => void>();
  private readonly decoder: EscPosDecoder;
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private pty: SocatProcess | null = null;
  private cutAfter: number | null = null;
  /** False from the moment the cable is pulled: bytes still buffered in a dying link are lost, as on a real cable. */
  private plugged = true;
  private link: unknown = null;
  private reply: (bytes: Buffer) => void = () => undefined;
  /** 'armed': the next cut starts withholding answers; an array: the answers withheld so far. */
  private slowAfterCut: 'armed' | Buffer[] | null = null;
  private port = 0;
  address = '';

  private constructor(readonly profile: PrinterProfile) {
    this.decoder = new EscPosDecoder({
      commandSet: profile.commandSet,
      codePages: codePagesOf(profile),
      status: (kind, n) => this.status(kind, n),
      reply: (bytes) => {
        if (Array.isArray(this.slowAfterCut)) this.slowAfterCut.push(Buffer.from(bytes));
        else this.reply(bytes);
      },
      onPage: (page) => {
        if (page.cut && this.slowAfterCut === 'armed') this.slowAfterCut = [];
        this.pages.push(page);
        for (const l of this.listeners) l(page);
      },
    });
  }

  /** A network printer on 127.0.0.1 (port 0 picks a free one). */
  static async tcp(profile: PrinterProfile | unknown, port = 0): Promise<PrinterEmulator> {
    const emulator = new PrinterEmulator(PrinterProfile.parse(profile));
    emulator.port = port;
    await emulator.listen();
    return emulator;
  }

  /** A serial printer: the kiosk opens `link` as its serial port. */
  static async pty(profile: PrinterProfile | unknown, link: string): Promise<PrinterEmulator> {
    const emulator = new PrinterEmulator(PrinterProfile.parse(profile));
    emulator.pty = ptyToStdio(link);
    emulator.address = link;
    await emulator.attachPty();
    return emulator;
  }

  private status(kind: 'dle-eot' | 'gs-r', n: number): number | null {
    if (this.profile.status !== 'dle-eot') return null;
    const offline = !this.paper || this.coverOpen;
    if (kind === 'gs-r') return this.paper ? 0x00 : 0x0c;
    if (n === 1) return 0x12 | (offline ? 0x08 : 0);
    if (n === 2) return 0x12 | (this.coverOpen ? 0x04 : 0) | (this.paper ? 0 : 0x20);
    if (n === 4) return 0x12 | (this.paper ? 0 : 0x60);
    return 0x12;
  }

  private accept(chunk: Buffer): void {
    if (!this.plugged) return;
    for (const l of this.byteListeners) l(chunk);
    if (this.cutAfter !== null && this.received + chunk.length >= this.cutAfter) {
      const keep = Math.max(0, this.cutAfter - this.received);
      this.cutAfter = null;
      this.received += keep;
      this.decoder.push(chunk.subarray(0, keep));
      void this.unplug();
      return;
    }
    this.received += chunk.length;
    this.decoder.push(chunk);
  }

  private async listen(): Promise<void> {
    this.plugged = true;
    const server = createServer((socket) => {
      this.sockets.add(socket);
      this.reply = (bytes) => socket.write(bytes);
      socket.on('data', (chunk) => this.accept(chunk));
      socket.on('error', () => undefined);
      socket.on('close', () => {
        this.sockets.delete(socket);
        this.decoder.flush();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    this.port = typeof address === 'object' && address ? address.port : this.port;
    this.address = `127.0.0.1:${this.port}`;
    this.server = server;
  }

  private async attachPty(): Promise<void> {
    const child = await (this.pty as SocatProcess).start();
    this.plugged = true;
    this.reply = (bytes) => child.stdin?.write(bytes);
    this.link = child;
    // socat's pipe can still hold bytes after it was told to stop: they belong to the old cable.
    child.stdout?.on('data', (chunk: Buffer) => {
      if (this.link === child) this.accept(chunk);
    });
  }

  /** Pulls the cable (or switches the printer off): connections drop, the pty vanishes. */
  async unplug(): Promise<void> {
    this.plugged = false;
    this.link = null;
    if (this.server) {
      const server = this.server;
      this.server = null;
      for (const s of this.sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    if (this.pty) await this.pty.stop();
    this.decoder.flush();
  }

  async replug(): Promise<void> {
    if (this.pty) await this.attachPty();
    else if (!this.server) await this.listen();
  }

  /**
   * A printer slow to answer after a job (busy cutting, its buffer full, or the host too loaded to
   * read in time): from the next cut on, status answers are withheld until `answerNow()`.
   */
  answerLateAfterNextCut(): void {
    this.slowAfterCut = 'armed';
  }

  /** Sends the withheld answers (late) and answers at once again. */
  answerNow(): void {
    const held = Array.isArray(this.slowAfterCut) ? this.slowAfterCut : [];
    this.slowAfterCut = null;
    for (const bytes of held) this.reply(bytes);
  }

  /** Pulls the cable once `bytes` more bytes have arrived: a job cut off in the middle. */
  unplugAfter(bytes: number): void {
    this.cutAfter = this.received + bytes;
  }

  onPage(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every chunk as it arrives, before it is decoded: when a job's first byte reached the printer. */
  onBytes(listener: (chunk: Buffer) => void): () => void {
    this.byteListeners.add(listener);
    return () => this.byteListeners.delete(listener);
  }

  /** The next page printed from now on, or null when none comes in time. */
  nextPage(timeoutMs: number, filter: (page: DecodedPage) => boolean = () => true): Promise<DecodedPage | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        stop();
        resolve(null);
      }, timeoutMs);
      const stop = this.onPage((page) => {
        if (!filter(page)) return;
        clearTimeout(timer);
        stop();
        resolve(page);
      });
    });
  }

  png(page: DecodedPage): Buffer {
    return pagePng(page, this.profile.paperWidthDots);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.byteListeners.clear();
    await this.unplug();
  }
}
