/**
 * Cuts a byte stream into lines at CR, LF or CRLF (scanners differ), with a length cap so a
 * device that never sends a terminator cannot grow memory without bound, and an idle flush for
 * scanners configured without any suffix.
 */
export class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private overflowed = false;
  private idle: NodeJS.Timeout | null = null;

  constructor(
    private readonly onLine: (line: Buffer, overflowed: boolean) => void,
    private readonly maxBytes = 16 * 1024,
    private readonly idleFlushMs = 150,
  ) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (b !== 0x0a && b !== 0x0d) continue;
      this.add(chunk.subarray(start, i));
      this.end();
      start = i + 1;
    }
    this.add(chunk.subarray(start));
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.size > 0 || this.overflowed) {
      this.idle = setTimeout(() => this.end(), this.idleFlushMs);
      this.idle.unref();
    }
  }

  private add(bytes: Buffer): void {
    if (!bytes.length) return;
    if (this.size + bytes.length > this.maxBytes) {
      // Keep the start (enough to say what it was) and drop the rest of this line.
      const room = this.maxBytes - this.size;
      if (room > 0) this.parts.push(bytes.subarray(0, room));
      this.size = this.maxBytes;
      this.overflowed = true;
      return;
    }
    this.parts.push(Buffer.from(bytes));
    this.size += bytes.length;
  }

  private end(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    if (this.size === 0 && !this.overflowed) return;
    const line = Buffer.concat(this.parts);
    const overflowed = this.overflowed;
    this.parts = [];
    this.size = 0;
    this.overflowed = false;
    this.onLine(line, overflowed);
  }

  reset(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    this.parts = [];
    this.size = 0;
    this.overflowed = false;
  }
}
